using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

/// <summary>
/// Changes and rollbacks worked by several users, each in a server session of their own on one database (a session's
/// user is fixed at start-up). They run where the SQLite sample store holds change and rollback requests.
/// </summary>
public sealed class ApprovalFlowTests
{
    [SkippableFact]
    public async Task HighRiskChange_WhenIncidentManagerThenExecutiveApproveAndItFailsAndIsRolledBack_ExpectRefusalApprovalAndRolledBack()
    {
        Skip.IfNot(ApprovalStorage.SqliteHoldsApprovals, ApprovalStorage.SqliteSkipReason);
        using var database = new TemporaryDatabase();
        string changeId;
        await using (var support = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson))
        {
            changeId = await support.SubmitChangeAsync("normal", "high");
        }

        await using (var manager = await database.StartAsync(SeedData.IncidentManager, SeedData.IncidentJson))
        {
            var refused = await manager.CallAsync("approve_change_request", $$"""{"change_id":"{{changeId}}"}""");
            Assert.Equal(("unauthorized", "approver_role_required"), (refused.HaltCode, refused.DenialReason));
        }

        await using (var executive = await database.StartAsync(SeedData.Executive, SeedData.IncidentJson))
        {
            var approved = await executive.StepAsync("approve_change_request", "change_id", changeId);
            var again = await executive.CallAsync("approve_change_request", $$"""{"change_id":"{{changeId}}"}""");
            Assert.Equal(("approved", SeedData.Executive), (approved.Text("status"), approved.Text("approved_by_user")));
            Assert.Equal([("status", "invalid")], again.FieldErrors);
        }

        string rollbackId;
        await using (var support = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson))
        {
            await support.StepAsync("start_change", "change_id", changeId);
            Assert.Equal("failed", (await support.StepAsync("fail_change", "change_id", changeId)).Text("status"));
            rollbackId = await support.SubmitRollbackAsync(changeId);
        }

        await using (var manager = await database.StartAsync(SeedData.IncidentManager, SeedData.IncidentJson))
        {
            var approved = await manager.StepAsync("approve_rollback_request", "rollback_id", rollbackId);
            Assert.Equal(("approved", SeedData.IncidentManager), (approved.Text("status"), approved.Text("approved_by_user")));
        }

        await using var last = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson);
        Assert.Equal("in_progress", (await last.StepAsync("start_rollback", "rollback_id", rollbackId)).Text("status"));
        var completed = await last.StepAsync("complete_rollback", "rollback_id", rollbackId);
        var change = await last.StepAsync("get_change_request", "change_id", changeId);

        Assert.Equal("completed", completed.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, completed.Body.GetProperty("completed_at").ValueKind);
        Assert.Equal("rolled_back", change.Text("status"));
        Assert.Equal(SeedData.Executive, change.Text("approved_by_user"));
    }

    [SkippableFact]
    public async Task RejectChangeAndRollbackRequests_WhenApproversReject_ExpectRejectedWithReasonsAndFinal()
    {
        Skip.IfNot(ApprovalStorage.SqliteHoldsApprovals, ApprovalStorage.SqliteSkipReason);
        using var database = new TemporaryDatabase();
        string normalChange, rollbackId;
        await using (var support = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson))
        {
            normalChange = await support.SubmitChangeAsync("normal", "medium");
            rollbackId = await support.SubmitRollbackAsync(await support.FailedChangeAsync());
        }

        await using (var manager = await database.StartAsync(SeedData.IncidentManager, SeedData.IncidentJson))
        {
            var rejected = await manager.CallAsync("reject_change_request", $$"""{"change_id":"{{normalChange}}","rejection_reason":"No maintenance window this week"}""");
            var rollbackRejected = await manager.CallAsync("reject_rollback_request", $$"""{"rollback_id":"{{rollbackId}}"}""");
            var approveRejected = await manager.CallAsync("approve_rollback_request", $$"""{"rollback_id":"{{rollbackId}}"}""");

            Assert.Equal(("rejected", "No maintenance window this week"), (rejected.Text("status"), rejected.Text("rejection_reason")));
            Assert.Equal("rejected", rollbackRejected.Text("status"));
            Assert.Equal(JsonValueKind.Null, rollbackRejected.Body.GetProperty("rejection_reason").ValueKind);
            Assert.Equal("validation_failed", approveRejected.HaltCode);
            Assert.Equal([("status", "invalid")], approveRejected.FieldErrors);
        }

        await using var again = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson);
        var start = await again.CallAsync("start_change", $$"""{"change_id":"{{normalChange}}"}""");
        Assert.Equal([("status", "invalid")], start.FieldErrors);
    }

    [SkippableFact]
    public async Task FailRollback_WhenAnApprovedRollbackFails_ExpectFailedAndItsChangeLeftAsItWas()
    {
        Skip.IfNot(ApprovalStorage.SqliteHoldsApprovals, ApprovalStorage.SqliteSkipReason);
        using var database = new TemporaryDatabase();
        string changeId, rollbackId;
        await using (var support = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson))
        {
            changeId = await support.SubmitChangeAsync("standard", "low");
            await support.StepAsync("start_change", "change_id", changeId);
            await support.StepAsync("complete_change", "change_id", changeId);
            rollbackId = await support.SubmitRollbackAsync(changeId);
        }

        await using (var executive = await database.StartAsync(SeedData.Executive, SeedData.IncidentJson))
        {
            await executive.StepAsync("approve_rollback_request", "rollback_id", rollbackId);
        }

        await using var last = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson);
        await last.StepAsync("start_rollback", "rollback_id", rollbackId);
        var failed = await last.StepAsync("fail_rollback", "rollback_id", rollbackId);
        var completeAfter = await last.CallAsync("complete_rollback", $$"""{"rollback_id":"{{rollbackId}}"}""");
        var change = await last.StepAsync("get_change_request", "change_id", changeId);

        Assert.Equal("failed", failed.Text("status"));
        Assert.Equal([("status", "invalid")], completeAfter.FieldErrors);
        Assert.Equal("completed", change.Text("status"));
    }
}
