using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

public sealed class RollbackTests
{
    [Fact]
    public async Task Rollback_RequestedByTechnicalSupportApprovedAndCompleted_RollsTheChangeBackInTheSameCommit()
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();
        ResultAssert.Succeeded(await h.ChangeExecution.FailAsync(Seed.TechnicalSupport, changeId));

        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = changeId }));
        Assert.Equal(RollbackStatus.Requested, (await h.RollbackAsync(id))!.Status);
        var approved = ResultAssert.Succeeded(await h.RollbackApproval.ApproveAsync(Seed.IncidentManager, id));
        ResultAssert.Succeeded(await h.RollbackExecution.StartAsync(Seed.TechnicalSupport, id));
        var auditBefore = (await h.Host.AuditAsync()).Count;
        var completed = ResultAssert.Succeeded(await h.RollbackExecution.CompleteAsync(Seed.Admin, id));

        Assert.Equal((RollbackStatus.Approved, Seed.IncidentManager), (approved.Status, approved.ApprovedByUser));
        Assert.Equal((RollbackStatus.Completed, Seed.PolicyNow), (completed.Status, completed.CompletedAt!.Value));
        Assert.Equal(ChangeStatus.RolledBack, (await h.ChangeAsync(changeId))!.Status);
        var committed = (await h.Host.AuditAsync()).Skip(auditBefore).ToList();
        Assert.Equal([(AuditAction.Execute, EntityType.RollbackRequest), (AuditAction.Update, EntityType.ChangeRequest)], committed.Select(e => (e.Action, e.EntityType)));
        Assert.Equal(new AuditValueChange("status", "failed", "rolled_back"), Assert.Single(committed[1].ValueChanges));
        Assert.Equal("rollback_approval.incident_manager_or_executive", (await h.AuditOfAsync(EntityType.RollbackRequest, id))[1].Reason);
    }

    [Theory]
    [InlineData(Seed.IncidentManager)]
    [InlineData(Seed.Executive)]
    public async Task Rollback_RequestedByAnApprover_IsApprovedByThemAndAuditedAsCreateAndApprove(string requester)
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();

        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(requester, new() { ChangeId = changeId }));

        Assert.Equal((RollbackStatus.Approved, requester), ((await h.RollbackAsync(id))!.Status, (await h.RollbackAsync(id))!.ApprovedByUser));
        Assert.Equal([AuditAction.Create, AuditAction.Approve], (await h.AuditOfAsync(EntityType.RollbackRequest, id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Rollback_OfAChangeThatDidNotRun_HaltsNamingTheChangeAndOfAMissingOneIsNotFound()
    {
        await using var h = ApprovalHost.Create();
        var approvedOnly = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("upgrade", "low")));

        ResultAssert.Halted(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = approvedOnly }), HaltCode.ValidationFailed, "change_id");
        ResultAssert.Halted(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = "c-404" }), HaltCode.NotFound, "change_id");
        ResultAssert.Halted(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = approvedOnly, IncidentId = "i-404" }), HaltCode.NotFound, "incident_id");
    }

    [Fact]
    public async Task Rollback_WhileAnotherIsOpen_IsADuplicateUntilTheFirstEnds()
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();
        var first = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = changeId }));

        ResultAssert.Halted(await h.Rollbacks.CreateAsync(Seed.Executive, new() { ChangeId = changeId }), HaltCode.Duplicate, "change_id");
        ResultAssert.Succeeded(await h.RollbackApproval.RejectAsync(Seed.Executive, first, "not needed"));

        var second = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.Executive, new() { ChangeId = changeId }));
        ResultAssert.Succeeded(await h.RollbackExecution.StartAsync(Seed.TechnicalSupport, second));
        ResultAssert.Succeeded(await h.RollbackExecution.FailAsync(Seed.TechnicalSupport, second));
        Assert.Equal(ChangeStatus.InProgress, (await h.ChangeAsync(changeId))!.Status);
        ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = changeId }));
    }

    [Fact]
    public async Task Rollback_Decisions_AreForIncidentManagersAndExecutivesAndFinalStatesStayFinal()
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();
        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = changeId }));

        var denied = ResultAssert.Halted(await h.RollbackApproval.ApproveAsync(Seed.TechnicalSupport, id), HaltCode.Unauthorized);
        Assert.Equal(DenialReason.RoleNotPermitted, denied.DenialReason);
        ResultAssert.Halted(await h.RollbackExecution.StartAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Succeeded(await h.RollbackApproval.RejectAsync(Seed.Executive, id));

        ResultAssert.Halted(await h.RollbackApproval.ApproveAsync(Seed.Executive, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.RollbackExecution.StartAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
        Assert.Equal(RollbackStatus.Rejected, (await h.RollbackAsync(id))!.Status);
    }

    [Fact]
    public async Task RolledBack_ChangeIsFinal()
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();
        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.IncidentManager, new() { ChangeId = changeId }));
        ResultAssert.Succeeded(await h.RollbackExecution.StartAsync(Seed.TechnicalSupport, id));
        ResultAssert.Succeeded(await h.RollbackExecution.CompleteAsync(Seed.TechnicalSupport, id));

        ResultAssert.Halted(await h.ChangeExecution.CompleteAsync(Seed.TechnicalSupport, changeId), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.Rollbacks.CreateAsync(Seed.IncidentManager, new() { ChangeId = changeId }), HaltCode.ValidationFailed, "change_id");
        ResultAssert.Halted(await h.RollbackExecution.FailAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
    }

    [Fact]
    public async Task Read_OfARollback_IsForInternalRolesAndNeverRevealsExistence()
    {
        await using var h = ApprovalHost.Create();
        var changeId = await h.ChangeInProgressAsync();
        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.TechnicalSupport, new() { ChangeId = changeId }));

        Assert.Equal(changeId, ResultAssert.Succeeded(await h.RollbackRead.ReadAsync(Seed.Executive, id)).ChangeId);
        var existing = ResultAssert.Halted(await h.RollbackRead.ReadAsync(Seed.VendorContactOfA, id), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.RollbackRead.ReadAsync(Seed.VendorContactOfA, "r-404"), HaltCode.Unauthorized);
        Assert.Equal(existing.Message, missing.Message);
    }
}
