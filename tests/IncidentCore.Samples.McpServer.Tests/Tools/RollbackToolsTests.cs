using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

/// <summary>Rollback tools a single session can drive; approving and running a rollback takes two users (see <see cref="ApprovalFlowTests"/>).</summary>
public sealed class RollbackToolsTests
{
    [Fact]
    public async Task SubmitRollbackRequest_WhenTechnicalSupportAsksToRollBackAFailedChange_ExpectRequestedWithTheSessionUserAsRequester()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var changeId = await session.FailedChangeAsync();

        var submitted = await session.CallAsync("submit_rollback_request", $$"""{"change_id":"{{changeId}}","incident_id":"{{SeedData.ContosoIncident}}"}""");
        var read = await session.CallAsync("get_rollback_request", $$"""{"rollback_id":"{{submitted.Text("rollback_id")}}"}""");

        Assert.False(submitted.IsError, submitted.Body.GetRawText());
        Assert.Equal("requested", read.Text("status"));
        Assert.Equal(changeId, read.Text("change_id"));
        Assert.Equal(SeedData.ContosoIncident, read.Text("incident_id"));
        Assert.Equal(SeedData.TechnicalSupport, read.Text("requesting_user"));
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("approved_by_user").ValueKind);
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("completed_at").ValueKind);
    }

    [Fact]
    public async Task SubmitRollbackRequest_WhenTheChangeDidNotRunOrAlreadyHasAnOpenRollback_ExpectChangeIdNamed()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var notRun = await session.SubmitChangeAsync("standard", "low");
        var ran = await session.FailedChangeAsync();
        await session.SubmitRollbackAsync(ran);

        var beforeRunning = await session.CallAsync("submit_rollback_request", $$"""{"change_id":"{{notRun}}"}""");
        var second = await session.CallAsync("submit_rollback_request", $$"""{"change_id":"{{ran}}"}""");
        var unknown = await session.CallAsync("submit_rollback_request", """{"change_id":"chg-none"}""");

        Assert.Equal("validation_failed", beforeRunning.HaltCode);
        Assert.Equal([("change_id", "invalid")], beforeRunning.FieldErrors);
        Assert.Equal("duplicate", second.HaltCode);
        Assert.Equal([("change_id", "duplicate")], second.FieldErrors);
        Assert.Contains(("change_id", "not_found"), unknown.FieldErrors);
    }

    [Theory]
    [InlineData("approve_rollback_request")]
    [InlineData("reject_rollback_request")]
    public async Task DecideRollbackRequest_WhenSessionActorIsTechnicalSupport_ExpectUnauthorizedRoleNotPermitted(string tool)
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var rollbackId = await session.SubmitRollbackAsync(await session.FailedChangeAsync());

        var outcome = await session.CallAsync(tool, $$"""{"rollback_id":"{{rollbackId}}"}""");
        var read = await session.StepAsync("get_rollback_request", "rollback_id", rollbackId);

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
        Assert.Equal("requested", read.Text("status"));
    }

    [Theory]
    [InlineData("start_rollback")]
    [InlineData("complete_rollback")]
    [InlineData("fail_rollback")]
    public async Task ExecuteRollback_WhenTheRollbackIsStillRequested_ExpectValidationNamingStatus(string tool)
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var rollbackId = await session.SubmitRollbackAsync(await session.FailedChangeAsync());

        var outcome = await session.CallAsync(tool, $$"""{"rollback_id":"{{rollbackId}}"}""");

        Assert.Equal("validation_failed", outcome.HaltCode);
        Assert.Equal([("status", "invalid")], outcome.FieldErrors);
    }

    [Fact]
    public async Task SubmitGetAndStartRollback_WhenSessionActorIsAVendorContact_ExpectUnauthorizedRoleNotPermitted()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.CloudCoContact);

        var submitted = await session.CallAsync("submit_rollback_request", """{"change_id":"1"}""");
        var read = await session.CallAsync("get_rollback_request", """{"rollback_id":"1"}""");
        var started = await session.CallAsync("start_rollback", """{"rollback_id":"1"}""");

        Assert.All([submitted, read, started], outcome => Assert.Equal(("unauthorized", "role_not_permitted"), (outcome.HaltCode, outcome.DenialReason)));
    }

    [Fact]
    public async Task GetRollbackRequest_WhenNobodyRequestedIt_ExpectNotFound()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Executive);

        var read = await session.CallAsync("get_rollback_request", """{"rollback_id":"rb-none"}""");

        Assert.Equal("not_found", read.HaltCode);
    }
}
