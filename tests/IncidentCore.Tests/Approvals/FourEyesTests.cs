using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

public sealed class FourEyesTests
{
    [Fact]
    public async Task ByDefault_AnExecutiveRequestingAMajorChange_ApprovesItByRequesting()
    {
        await using var h = ApprovalHost.Create();

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("upgrade", "high")));

        Assert.Equal((ChangeStatus.Approved, Seed.Executive), ((await h.ChangeAsync(id))!.Status, (await h.ChangeAsync(id))!.ApprovedByUser));
    }

    [Fact]
    public async Task WithFourEyes_ARequesterHoldingTheRole_WaitsAndMayNotDecideTheirOwnRequest()
    {
        await using var h = ApprovalHost.Create(o => o.ForbidSelfApproval = true);
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.Executive, ApprovalHost.Change("upgrade", "high")));
        Assert.Equal(ChangeStatus.Requested, (await h.ChangeAsync(id))!.Status);
        Assert.Single(await h.AuditOfAsync(EntityType.ChangeRequest, id));

        var approve = ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.Executive, id), HaltCode.Unauthorized);
        var reject = ResultAssert.Halted(await h.ChangeApproval.RejectAsync(Seed.Executive, id), HaltCode.Unauthorized);
        Assert.Equal((DenialReason.OwnRequestDecision, DenialReason.OwnRequestDecision), (approve.DenialReason, reject.DenialReason));

        var approved = ResultAssert.Succeeded(await h.ChangeApproval.ApproveAsync(ApprovalHost.OtherExecutive, id));
        Assert.Equal(ApprovalHost.OtherExecutive, approved.ApprovedByUser);
    }

    [Fact]
    public async Task WithFourEyes_AStandardChangeIsStillPreApprovedByItsRule()
    {
        await using var h = ApprovalHost.Create(o => o.ForbidSelfApproval = true);

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.IncidentManager, ApprovalHost.Change("standard", "low")));

        Assert.Equal((ChangeStatus.Approved, (string?)null), ((await h.ChangeAsync(id))!.Status, (await h.ChangeAsync(id))!.ApprovedByUser));
    }

    [Fact]
    public async Task WithFourEyes_ARollbackRequestedByAnIncidentManager_NeedsAnotherApprover()
    {
        await using var h = ApprovalHost.Create(o => o.ForbidSelfApproval = true);
        var changeId = await h.ChangeInProgressAsync();
        var id = ResultAssert.Succeeded(await h.Rollbacks.CreateAsync(Seed.IncidentManager, new() { ChangeId = changeId }));
        Assert.Equal(RollbackStatus.Requested, (await h.RollbackAsync(id))!.Status);

        var own = ResultAssert.Halted(await h.RollbackApproval.ApproveAsync(Seed.IncidentManager, id), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.OwnRequestDecision, own.DenialReason);
        Assert.Equal(RollbackStatus.Approved, ResultAssert.Succeeded(await h.RollbackApproval.ApproveAsync(ApprovalHost.OtherIncidentManager, id)).Status);
    }
}
