using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ApprovalForgedActorTests
{
    [Fact]
    public async Task ChangeAndRollbackTools_WhenARequesterApproverOrActorIsForged_ExpectUnknownFieldAndNothingChanged()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var changeId = await session.FailedChangeAsync();
        var rollbackId = await session.SubmitRollbackAsync(changeId);
        var changeBefore = (await session.StepAsync("get_change_request", "change_id", changeId)).Body.GetRawText();
        var rollbackBefore = (await session.StepAsync("get_rollback_request", "rollback_id", rollbackId)).Body.GetRawText();

        var outcomes = new List<(string Tool, string Forged, ToolOutcome Outcome)>();
        foreach (var tool in ApprovalStorage.ToolNames)
        {
            var arguments = tool switch
            {
                "submit_change_request" => """ "title":"Patch","change_type":"normal","risk_level":"high" """,
                "submit_rollback_request" => $$""" "change_id":"{{changeId}}" """,
                _ when tool.Contains("rollback", StringComparison.Ordinal) => $$""" "rollback_id":"{{rollbackId}}" """,
                "schedule_change" => $$""" "change_id":"{{changeId}}","scheduled_start_time":"2099-01-01T00:00:00Z","scheduled_end_time":"2099-01-02T00:00:00Z" """,
                _ => $$""" "change_id":"{{changeId}}" """,
            };
            foreach (var forged in new[] { "requesting_user", "approved_by_user", "actor_user_id" })
            {
                outcomes.Add((tool, forged, await session.CallAsync(tool, $$"""{{{arguments}},"{{forged}}":"{{SeedData.Executive}}"}""")));
            }
        }

        Assert.Equal(ApprovalStorage.ToolNames.Count * 3, outcomes.Count);
        Assert.All(outcomes, o =>
        {
            Assert.Equal("validation_failed", o.Outcome.HaltCode);
            Assert.Equal([(o.Forged, "unknown_field")], o.Outcome.FieldErrors);
        });
        Assert.Equal(changeBefore, (await session.StepAsync("get_change_request", "change_id", changeId)).Body.GetRawText());
        Assert.Equal(rollbackBefore, (await session.StepAsync("get_rollback_request", "rollback_id", rollbackId)).Body.GetRawText());
    }

    [Fact]
    public async Task SubmitAndStartChange_WhenAdministratorSendsAForgedRequesterOrActor_ExpectNoChangeCreatedAndNoAuditEntry()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);
        var changeId = await session.SubmitChangeAsync("standard", "low");
        var entriesBefore = await session.AuditEntriesAsync();

        var submitted = await session.CallAsync("submit_change_request",
            $$"""{"title":"Patch","change_type":"standard","risk_level":"low","requesting_user":"{{SeedData.Executive}}"}""");
        var started = await session.CallAsync("start_change", $$"""{"change_id":"{{changeId}}","actor_user_id":"{{SeedData.TechnicalSupport}}"}""");
        var entriesAfter = await session.AuditEntriesAsync();
        var change = await session.StepAsync("get_change_request", "change_id", changeId);

        Assert.Equal([("requesting_user", "unknown_field")], submitted.FieldErrors);
        Assert.Equal([("actor_user_id", "unknown_field")], started.FieldErrors);
        Assert.Equal(entriesBefore.Count, entriesAfter.Count);
        Assert.Equal("approved", change.Text("status"));
        Assert.Equal(SeedData.Administrator, change.Text("requesting_user"));
    }
}
