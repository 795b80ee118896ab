using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Approvals;

public sealed class ChangeRequestTests
{
    [Fact]
    public async Task Create_AHighRiskChangeByTechnicalSupport_WaitsAsRequestedAndIsAuditedAsCreateOnly()
    {
        await using var h = ApprovalHost.Create();

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("normal", "high")));

        var change = await h.ChangeAsync(id);
        Assert.Equal((ChangeStatus.Requested, (string?)null, Seed.TechnicalSupport), (change!.Status, change.ApprovedByUser, change.RequestingUser));
        Assert.Equal((Seed.PolicyNow, Seed.PolicyNow), (change.CreatedAt, change.UpdatedAt));
        var entry = Assert.Single(await h.AuditOfAsync(EntityType.ChangeRequest, id));
        Assert.Equal((AuditAction.Create, "change_request_create.technical_support"), (entry.Action, entry.Reason));
        Assert.Contains(new AuditValueChange("risk_level", null, "high"), entry.ValueChanges);
        Assert.DoesNotContain(entry.ValueChanges, v => v.NewValue == "Rotate the database certificate");
    }

    [Fact]
    public async Task Create_AStandardLowRiskChange_IsPreApprovedWithNoApproverAndAuditedAsCreateAndApproveUnderItsRule()
    {
        await using var h = ApprovalHost.Create();

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("standard", "medium")));

        var change = await h.ChangeAsync(id);
        Assert.Equal((ChangeStatus.Approved, (string?)null), (change!.Status, change.ApprovedByUser));
        var entries = await h.AuditOfAsync(EntityType.ChangeRequest, id);
        Assert.Equal([AuditAction.Create, AuditAction.Approve], entries.Select(e => e.Action));
        Assert.Equal("change_approval.standard_pre_approved", entries[1].Reason);
        Assert.Equal([new AuditValueChange("status", "requested", "approved")], entries[1].ValueChanges);
    }

    [Theory]
    [InlineData(Seed.Executive, "upgrade", "low", "change_approval.major_upgrade")]
    [InlineData(Seed.Executive, "normal", "high", "change_approval.major_high_risk")]
    [InlineData(Seed.Executive, "emergency", "medium", "change_approval.major_emergency")]
    [InlineData(Seed.IncidentManager, "normal", "medium", "change_approval.normal_incident_manager_or_executive")]
    [InlineData(Seed.Executive, "normal", "low", "change_approval.normal_incident_manager_or_executive")]
    public async Task Create_ByARequesterHoldingTheRequiredRole_IsApprovedByThemInTheSameCommit(string requester, string type, string risk, string rule)
    {
        await using var h = ApprovalHost.Create();

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(requester, ApprovalHost.Change(type, risk)));

        var change = await h.ChangeAsync(id);
        Assert.Equal((ChangeStatus.Approved, requester), (change!.Status, change.ApprovedByUser));
        var entries = await h.AuditOfAsync(EntityType.ChangeRequest, id);
        Assert.Equal([AuditAction.Create, AuditAction.Approve], entries.Select(e => e.Action));
        Assert.Equal((rule, requester), (entries[1].Reason, entries[1].ActorUserId));
        Assert.Contains(new AuditValueChange("approved_by_user", null, requester), entries[1].ValueChanges);
    }

    [Theory]
    [InlineData("upgrade", "low")]
    [InlineData("emergency", "low")]
    [InlineData("standard", "high")]
    public async Task Create_AMajorChangeByAnIncidentManager_WaitsForAnExecutive(string type, string risk)
    {
        await using var h = ApprovalHost.Create();

        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.IncidentManager, ApprovalHost.Change(type, risk)));

        Assert.Equal(ChangeStatus.Requested, (await h.ChangeAsync(id))!.Status);
        var denied = ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.IncidentManager, id), HaltCode.Unauthorized);
        Assert.Equal(DenialReason.ApproverRoleRequired, denied.DenialReason);
        Assert.Equal(ChangeStatus.Approved, ResultAssert.Succeeded(await h.ChangeApproval.ApproveAsync(Seed.Executive, id)).Status);
    }

    [Fact]
    public async Task Create_LinkedToAnIncident_NeedsTheIncidentToExist()
    {
        await using var h = ApprovalHost.Create();
        var incidents = await h.ReportedIncidentAsync();

        ResultAssert.Halted(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change(incidentId: "no-such-incident")), HaltCode.NotFound, "incident_id");
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change(incidentId: incidents)));

        Assert.Equal(incidents, (await h.ChangeAsync(id))!.IncidentId);
    }

    [Fact]
    public async Task Create_WithBadInputs_NamesEveryBadFieldAndStoresNothing()
    {
        await using var h = ApprovalHost.Create();
        var before = await h.Host.AuditAsync();

        ResultAssert.Halted(await h.Changes.CreateAsync(Seed.TechnicalSupport, new() { Title = " ", ChangeType = "Normal", RiskLevel = "critical", IncidentId = "bad id" }),
            HaltCode.ValidationFailed, "title", "change_type", "risk_level", "incident_id");

        Assert.Equal(before.Count, (await h.Host.AuditAsync()).Count);
    }

    [Theory]
    [InlineData(Seed.AccountManagerOfA)]
    [InlineData(Seed.ClientContactOfA)]
    [InlineData(Seed.VendorContactOfA)]
    [InlineData(Seed.AdminOnLeave)]
    public async Task Create_ByARoleNotPermittedOrAnInactiveUser_IsDenied(string actor)
    {
        await using var h = ApprovalHost.Create();

        ResultAssert.Halted(await h.Changes.CreateAsync(actor, ApprovalHost.Change()), HaltCode.Unauthorized);
    }

    [Fact]
    public async Task Reject_ByAnApprover_IsFinalKeepsTheReasonOutOfAuditAndLogs()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("normal", "low")));
        const string reason = "Alice Example says the window clashes";

        var rejected = ResultAssert.Succeeded(await h.ChangeApproval.RejectAsync(Seed.IncidentManager, id, reason));

        Assert.Equal((ChangeStatus.Rejected, reason), (rejected.Status, rejected.RejectionReason));
        var entry = (await h.AuditOfAsync(EntityType.ChangeRequest, id))[^1];
        Assert.Equal((AuditAction.Reject, "change_approval.normal_incident_manager_or_executive"), (entry.Action, entry.Reason));
        Assert.Contains("rejection_reason", entry.ChangedFields);
        Assert.DoesNotContain(entry.ValueChanges, v => v.NewValue == reason);
        Assert.DoesNotContain(h.Host.Logs.GetSnapshot(), l => l.Message.Contains("Alice", StringComparison.Ordinal));
        ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.Executive, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.ChangeExecution.StartAsync(Seed.TechnicalSupport, id), HaltCode.ValidationFailed, "status");
    }

    [Fact]
    public async Task Approve_ARequestNoLongerRequested_HaltsNamingStatusAndChangesNothing()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change("normal", "low")));
        ResultAssert.Succeeded(await h.ChangeApproval.ApproveAsync(Seed.IncidentManager, id));
        var before = await h.ChangeAsync(id);

        ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.Executive, id), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.ChangeApproval.RejectAsync(Seed.Executive, id), HaltCode.ValidationFailed, "status");

        Assert.Equal(before, await h.ChangeAsync(id));
    }

    [Fact]
    public async Task Approve_AMissingChange_IsNotFoundForAnApproverAndUnauthorizedForOthersAlike()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change()));

        ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.IncidentManager, "c-404"), HaltCode.NotFound, "change_id");
        var missing = ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.TechnicalSupport, "c-404"), HaltCode.Unauthorized);
        var existing = ResultAssert.Halted(await h.ChangeApproval.ApproveAsync(Seed.TechnicalSupport, id), HaltCode.Unauthorized);

        Assert.Equal((missing.DenialReason, missing.Message), (existing.DenialReason, existing.Message));
    }

    [Fact]
    public async Task Read_ByInternalRoles_AndDeniedToContactsWhetherOrNotTheChangeExists()
    {
        await using var h = ApprovalHost.Create();
        var id = ResultAssert.Succeeded(await h.Changes.CreateAsync(Seed.TechnicalSupport, ApprovalHost.Change()));

        Assert.Equal(id, ResultAssert.Succeeded(await h.ChangeRead.ReadAsync(Seed.AccountManagerOfA, id)).ChangeId);
        var existing = ResultAssert.Halted(await h.ChangeRead.ReadAsync(Seed.ClientContactOfA, id), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.ChangeRead.ReadAsync(Seed.ClientContactOfA, "c-404"), HaltCode.Unauthorized);
        ResultAssert.Halted(await h.ChangeRead.ReadAsync(Seed.Admin, "c-404"), HaltCode.NotFound, "change_id");

        Assert.Equal(existing.Message, missing.Message);
    }
}
