using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ChangeRequestToolsTests
{
    [Fact]
    public async Task SubmitChangeRequest_WhenTechnicalSupportRequestsHighRiskChangeForAnIncident_ExpectRequestedWithTheSessionUserAsRequester()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var submitted = await session.CallAsync("submit_change_request",
            $$"""{"title":"Fail over the payments database","change_type":"normal","risk_level":"high","incident_id":"{{SeedData.NorthwindIncident}}"}""");
        var read = await session.CallAsync("get_change_request", $$"""{"change_id":"{{submitted.Text("change_id")}}"}""");

        Assert.False(submitted.IsError, submitted.Body.GetRawText());
        Assert.Equal("requested", read.Text("status"));
        Assert.Equal(SeedData.TechnicalSupport, read.Text("requesting_user"));
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("approved_by_user").ValueKind);
        Assert.Equal(SeedData.NorthwindIncident, read.Text("incident_id"));
        Assert.Equal("high", read.Text("risk_level"));
        Assert.Equal("Fail over the payments database", read.Text("title"));
    }

    [Fact]
    public async Task SubmitChangeRequest_WhenStandardLowRisk_ExpectPreApprovedWithNoApprovingUser()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var changeId = await session.SubmitChangeAsync("standard", "low");
        var read = await session.StepAsync("get_change_request", "change_id", changeId);

        Assert.Equal("approved", read.Text("status"));
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("approved_by_user").ValueKind);
    }

    [Fact]
    public async Task ApproveAndRejectChangeRequest_WhenExecutiveRequestedHighRiskChange_ExpectApprovedByTheExecutiveThenValidationNamingStatus()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Executive);

        var changeId = await session.SubmitChangeAsync("emergency", "high");
        var read = await session.StepAsync("get_change_request", "change_id", changeId);
        var approveAgain = await session.CallAsync("approve_change_request", $$"""{"change_id":"{{changeId}}"}""");
        var reject = await session.CallAsync("reject_change_request", $$"""{"change_id":"{{changeId}}","rejection_reason":"Too late"}""");

        Assert.Equal("approved", read.Text("status"));
        Assert.Equal(SeedData.Executive, read.Text("approved_by_user"));
        Assert.Equal("validation_failed", approveAgain.HaltCode);
        Assert.Equal([("status", "invalid")], approveAgain.FieldErrors);
        Assert.Equal("validation_failed", reject.HaltCode);
        Assert.Equal([("status", "invalid")], reject.FieldErrors);
    }

    [Fact]
    public async Task ApproveAndRejectChangeRequest_WhenIncidentManagerDecidesHighRiskChange_ExpectUnauthorizedApproverRoleRequiredAndStillRequested()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var changeId = await session.SubmitChangeAsync("normal", "high");

        var approve = await session.CallAsync("approve_change_request", $$"""{"change_id":"{{changeId}}"}""");
        var reject = await session.CallAsync("reject_change_request", $$"""{"change_id":"{{changeId}}"}""");
        var read = await session.StepAsync("get_change_request", "change_id", changeId);

        Assert.Equal("unauthorized", approve.HaltCode);
        Assert.Equal("approver_role_required", approve.DenialReason);
        Assert.Equal("unauthorized", reject.HaltCode);
        Assert.Equal("approver_role_required", reject.DenialReason);
        Assert.Equal("requested", read.Text("status"));
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("approved_by_user").ValueKind);
    }

    [Fact]
    public async Task SubmitChangeRequest_WhenInputsAreMissingOrWrongOrIncidentUnknown_ExpectEachFieldNamed()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var missing = await session.CallAsync("submit_change_request", """{"change_type":"normal"}""");
        var wrong = await session.CallAsync("submit_change_request", """{"title":"Patch","change_type":"urgent","risk_level":"HIGH"}""");
        var unknownIncident = await session.CallAsync("submit_change_request", """{"title":"Patch","change_type":"normal","risk_level":"low","incident_id":"inc-none"}""");

        Assert.Equal("validation_failed", missing.HaltCode);
        Assert.Contains(("title", "required"), missing.FieldErrors);
        Assert.Contains(("risk_level", "required"), missing.FieldErrors);
        Assert.Contains(("change_type", "invalid"), wrong.FieldErrors);
        Assert.Contains(("risk_level", "invalid"), wrong.FieldErrors);
        Assert.Contains(("incident_id", "not_found"), unknownIncident.FieldErrors);
    }

    [Fact]
    public async Task SubmitAndGetChangeRequest_WhenSessionActorIsAClientContact_ExpectUnauthorized()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.NorthwindContact);

        var submitted = await session.CallAsync("submit_change_request", """{"title":"Patch","change_type":"standard","risk_level":"low"}""");
        var read = await session.CallAsync("get_change_request", """{"change_id":"1"}""");

        Assert.Equal("unauthorized", submitted.HaltCode);
        Assert.Equal("role_not_permitted", submitted.DenialReason);
        Assert.Equal("unauthorized", read.HaltCode);
        Assert.Equal("role_not_permitted", read.DenialReason);
    }

    [Fact]
    public async Task GetChangeRequest_WhenNobodyRequestedIt_ExpectNotFound()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var read = await session.CallAsync("get_change_request", """{"change_id":"chg-none"}""");

        Assert.Equal("not_found", read.HaltCode);
    }

    [Fact]
    public async Task ScheduleChange_WhenApproved_ExpectScheduledWithItsTimes()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var changeId = await session.SubmitChangeAsync("standard", "medium");

        var scheduled = await session.CallAsync("schedule_change",
            $$"""{"change_id":"{{changeId}}","scheduled_start_time":"2099-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T23:30:00Z"}""");

        Assert.False(scheduled.IsError, scheduled.Body.GetRawText());
        Assert.Equal("scheduled", scheduled.Text("status"));
        Assert.Equal(new DateTimeOffset(2099, 3, 1, 22, 0, 0, TimeSpan.Zero), scheduled.Body.GetProperty("scheduled_start_time").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2099, 3, 1, 23, 30, 0, TimeSpan.Zero), scheduled.Body.GetProperty("scheduled_end_time").GetDateTimeOffset());
    }

    [Fact]
    public async Task ScheduleChange_WhenTimesAreWrongMissingOrTheChangeIsNotApproved_ExpectFieldNamedAndNothingScheduled()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var approved = await session.SubmitChangeAsync("standard", "low");
        var requested = await session.SubmitChangeAsync("normal", "high");

        var past = await session.CallAsync("schedule_change", $$"""{"change_id":"{{approved}}","scheduled_start_time":"2001-01-01T00:00:00Z","scheduled_end_time":"2099-01-01T00:00:00Z"}""");
        var backwards = await session.CallAsync("schedule_change", $$"""{"change_id":"{{approved}}","scheduled_start_time":"2099-01-02T00:00:00Z","scheduled_end_time":"2099-01-01T00:00:00Z"}""");
        var missing = await session.CallAsync("schedule_change", $$"""{"change_id":"{{approved}}","scheduled_start_time":"2099-01-02T00:00:00Z"}""");
        var notApproved = await session.CallAsync("schedule_change", $$"""{"change_id":"{{requested}}","scheduled_start_time":"2099-01-01T00:00:00Z","scheduled_end_time":"2099-01-02T00:00:00Z"}""");
        var read = await session.StepAsync("get_change_request", "change_id", approved);

        Assert.Contains(("scheduled_start_time", "invalid"), past.FieldErrors);
        Assert.Contains(("scheduled_end_time", "invalid"), backwards.FieldErrors);
        Assert.Contains(("scheduled_end_time", "required"), missing.FieldErrors);
        Assert.Equal([("status", "invalid")], notApproved.FieldErrors);
        Assert.Equal("approved", read.Text("status"));
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("scheduled_start_time").ValueKind);
    }

    [Fact]
    public async Task ScheduleChange_WhenSessionActorIsAnIncidentManager_ExpectUnauthorizedRoleNotPermitted()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var changeId = await session.SubmitChangeAsync("normal", "low");

        var scheduled = await session.CallAsync("schedule_change",
            $$"""{"change_id":"{{changeId}}","scheduled_start_time":"2099-01-01T00:00:00Z","scheduled_end_time":"2099-01-02T00:00:00Z"}""");

        Assert.Equal("unauthorized", scheduled.HaltCode);
        Assert.Equal("role_not_permitted", scheduled.DenialReason);
    }
}
