using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ChangeExecutionToolsTests
{
    [Fact]
    public async Task StartAndCompleteChange_WhenScheduled_ExpectInProgressThenCompletedWithActualTimes()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var changeId = await session.SubmitChangeAsync("standard", "low");
        await session.CallAsync("schedule_change", $$"""{"change_id":"{{changeId}}","scheduled_start_time":"2099-01-01T00:00:00Z","scheduled_end_time":"2099-01-02T00:00:00Z"}""");

        var started = await session.StepAsync("start_change", "change_id", changeId);
        var completed = await session.StepAsync("complete_change", "change_id", changeId);

        Assert.Equal("in_progress", started.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, started.Body.GetProperty("actual_start_time").ValueKind);
        Assert.Equal(JsonValueKind.Null, started.Body.GetProperty("actual_end_time").ValueKind);
        Assert.Equal("completed", completed.Text("status"));
        Assert.Equal(started.Text("actual_start_time"), completed.Text("actual_start_time"));
        Assert.NotEqual(JsonValueKind.Null, completed.Body.GetProperty("actual_end_time").ValueKind);
    }

    [Fact]
    public async Task StartAndFailChange_WhenApproved_ExpectFailedWithItsEndTime()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);
        var changeId = await session.SubmitChangeAsync("standard", "medium");

        await session.StepAsync("start_change", "change_id", changeId);
        var failed = await session.StepAsync("fail_change", "change_id", changeId);

        Assert.Equal("failed", failed.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, failed.Body.GetProperty("actual_end_time").ValueKind);
    }

    [Fact]
    public async Task StartCompleteAndFailChange_WhenTheChangeIsNotInTheStatusTheStepNeeds_ExpectValidationNamingStatus()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var requested = await session.SubmitChangeAsync("upgrade", "low");
        var approved = await session.SubmitChangeAsync("standard", "low");
        var completed = await session.SubmitChangeAsync("standard", "low");
        await session.StepAsync("start_change", "change_id", completed);
        await session.StepAsync("complete_change", "change_id", completed);

        var startRequested = await session.CallAsync("start_change", $$"""{"change_id":"{{requested}}"}""");
        var completeApproved = await session.CallAsync("complete_change", $$"""{"change_id":"{{approved}}"}""");
        var failApproved = await session.CallAsync("fail_change", $$"""{"change_id":"{{approved}}"}""");
        var startCompleted = await session.CallAsync("start_change", $$"""{"change_id":"{{completed}}"}""");
        var failCompleted = await session.CallAsync("fail_change", $$"""{"change_id":"{{completed}}"}""");

        Assert.All([startRequested, completeApproved, failApproved, startCompleted, failCompleted], outcome =>
        {
            Assert.Equal("validation_failed", outcome.HaltCode);
            Assert.Equal([("status", "invalid")], outcome.FieldErrors);
        });
        Assert.Equal("requested", (await session.StepAsync("get_change_request", "change_id", requested)).Text("status"));
        Assert.Equal("completed", (await session.StepAsync("get_change_request", "change_id", completed)).Text("status"));
    }

    [Theory]
    [InlineData("start_change")]
    [InlineData("complete_change")]
    [InlineData("fail_change")]
    public async Task ExecuteChange_WhenSessionActorIsAnExecutive_ExpectUnauthorizedRoleNotPermitted(string tool)
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Executive);
        var changeId = await session.SubmitChangeAsync("normal", "high");

        var outcome = await session.CallAsync(tool, $$"""{"change_id":"{{changeId}}"}""");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
    }

    [Fact]
    public async Task StartChange_WhenNobodyRequestedIt_ExpectNotFound()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var outcome = await session.CallAsync("start_change", """{"change_id":"chg-none"}""");

        Assert.Equal("not_found", outcome.HaltCode);
    }
}
