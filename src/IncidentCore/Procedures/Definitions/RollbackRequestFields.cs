using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Fields;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a rollback request, each said once with its rules, and the rules its SOPs share.</summary>
internal static class RollbackRequestFields
{
    public static readonly RecordField<RollbackRequest> ChangeId = new(DomainFields.RollbackRequest, 0, "change_id", FieldKind.Id, r => r.ChangeId)
    {
        References = EntityType.ChangeRequest,
        Exists = async (work, id, ct) => await ApprovalStore.Of(work).ChangeRequests.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<RollbackRequest> IncidentId = new(DomainFields.RollbackRequest, 1, "incident_id", FieldKind.Id, r => r.IncidentId)
    {
        References = EntityType.Incident,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<RollbackRequest> Status = new(DomainFields.RollbackRequest, 2, "status", FieldKind.Enumeration, r => r.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(ApprovalWireNames.RollbackStatus),
    };

    public static readonly RecordField<RollbackRequest> ApprovedByUser = new(DomainFields.RollbackRequest, 3, "approved_by_user", FieldKind.Id, r => r.ApprovedByUser);

    public static readonly RecordField<RollbackRequest> RejectionReason = new(DomainFields.RollbackRequest, 4, "rejection_reason", FieldKind.Text, r => r.RejectionReason);

    public static readonly RecordLookup<RollbackRequest> FindById = (work, id, ct) => ApprovalStore.Of(work).RollbackRequests.FindByIdAsync(id, ct);

    /// <summary>The approval rule of a rollback: the first rollback row of the approval table.</summary>
    public static ApprovalRule? Rule => ApprovalTable.RuleFor(Operation.RollbackApprove);

    /// <summary>Whether the actor may approve or reject the rollback under its approval rule.</summary>
    public static ApprovalVerdict Decide(RollbackRequest current, User actor, bool forbidSelfApproval) =>
        ApprovalVerdict.ForDecision(Rule, actor, current.RequestingUser, forbidSelfApproval);

    /// <summary>A new rollback approved as it is made, by a requester who holds a required role (unless four-eyes is on).</summary>
    public static ApprovalOnRequest<RollbackRequest>? ApproveOnRequest(RollbackRequest rollback, User requester, bool forbidSelfApproval)
    {
        if (ApprovalVerdict.ApprovedOnRequest(Rule, requester, forbidSelfApproval) is not { } rule)
        {
            return null;
        }

        var approver = rule.IsPreApproved ? null : requester.UserId;
        return new(rollback with { Status = RollbackStatus.Approved, ApprovedByUser = approver }, rule,
            ApprovalAudit.ChangedFields(approver), ApprovalAudit.ValueChanges("requested", "approved", approver));
    }

    /// <summary>The move a call makes is allowed only from the listed status; otherwise validation_failed naming status.</summary>
    public static ValueTask<SopCheckFailure?> MustBe(SopCheck<RollbackRequest> check, RollbackStatus allowed) =>
        ValueTask.FromResult(check.Current!.Status == allowed
            ? null
            : SopCheckFailure.Invalid(check.Describe.RuleBroken("status", $"the rollback request is {check.Current.Status.ToWireName()}")));

    /// <summary>The change set that moves a rollback to a status.</summary>
    public static ChangeSet Moving(RollbackStatus status) => new() { { "status", status.ToWireName() } };
}
