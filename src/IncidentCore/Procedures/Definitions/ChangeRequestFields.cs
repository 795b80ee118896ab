using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Fields;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a change request, each said once with its rules, and the rules its SOPs share.</summary>
internal static class ChangeRequestFields
{
    public static readonly RecordField<ChangeRequest> Title = new(DomainFields.ChangeRequest, 0, "title", FieldKind.Text, c => c.Title);

    public static readonly RecordField<ChangeRequest> ChangeType = new(DomainFields.ChangeRequest, 1, "change_type", FieldKind.Enumeration, c => c.ChangeType.ToWireName())
    {
        Enumeration = EnumTable.Of(ApprovalWireNames.ChangeType),
    };

    public static readonly RecordField<ChangeRequest> RiskLevel = new(DomainFields.ChangeRequest, 2, "risk_level", FieldKind.Enumeration, c => c.RiskLevel.ToWireName())
    {
        Enumeration = EnumTable.Of(ApprovalWireNames.RiskLevel),
    };

    public static readonly RecordField<ChangeRequest> IncidentId = new(DomainFields.ChangeRequest, 3, "incident_id", FieldKind.Id, c => c.IncidentId)
    {
        References = EntityType.Incident,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<ChangeRequest> Status = new(DomainFields.ChangeRequest, 4, "status", FieldKind.Enumeration, c => c.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(ApprovalWireNames.ChangeStatus),
    };

    public static readonly RecordField<ChangeRequest> ApprovedByUser = new(DomainFields.ChangeRequest, 5, "approved_by_user", FieldKind.Id, c => c.ApprovedByUser);

    public static readonly RecordField<ChangeRequest> RejectionReason = new(DomainFields.ChangeRequest, 6, "rejection_reason", FieldKind.Text, c => c.RejectionReason);

    public static readonly RecordField<ChangeRequest> ScheduledStartTime = new(DomainFields.ChangeRequest, 7, "scheduled_start_time", FieldKind.Timestamp,
        c => c.ScheduledStartTime?.ToString("O", CultureInfo.InvariantCulture));

    public static readonly RecordField<ChangeRequest> ScheduledEndTime = new(DomainFields.ChangeRequest, 8, "scheduled_end_time", FieldKind.Timestamp,
        c => c.ScheduledEndTime?.ToString("O", CultureInfo.InvariantCulture));

    public static readonly RecordLookup<ChangeRequest> FindById = (work, id, ct) => ApprovalStore.Of(work).ChangeRequests.FindByIdAsync(id, ct);

    /// <summary>The approval rule of a change: the first row of the approval table matching its type and risk.</summary>
    public static ApprovalRule? RuleOf(ChangeRequest change) => ApprovalTable.RuleFor(Operation.ChangeApprove, change.ChangeType, change.RiskLevel);

    /// <summary>Whether the actor may approve or reject the change under its approval rule.</summary>
    public static ApprovalVerdict Decide(ChangeRequest current, User actor, bool forbidSelfApproval) =>
        ApprovalVerdict.ForDecision(RuleOf(current), actor, current.RequestingUser, forbidSelfApproval);

    /// <summary>A new change approved as it is made: pre-approved by its rule, or by a requester holding the required role.</summary>
    public static ApprovalOnRequest<ChangeRequest>? ApproveOnRequest(ChangeRequest change, User requester, bool forbidSelfApproval)
    {
        if (ApprovalVerdict.ApprovedOnRequest(RuleOf(change), requester, forbidSelfApproval) is not { } rule)
        {
            return null;
        }

        var approver = rule.IsPreApproved ? null : requester.UserId;
        return new(change with { Status = ChangeStatus.Approved, ApprovedByUser = approver }, rule,
            ApprovalAudit.ChangedFields(approver), ApprovalAudit.ValueChanges("requested", "approved", approver));
    }

    /// <summary>The move a call makes is allowed only from the listed statuses; otherwise validation_failed naming status.</summary>
    public static ValueTask<SopCheckFailure?> MustBe(SopCheck<ChangeRequest> check, params ChangeStatus[] allowed) =>
        ValueTask.FromResult(Array.IndexOf(allowed, check.Current!.Status) >= 0
            ? null
            : SopCheckFailure.Invalid(check.Describe.RuleBroken("status", $"the change request is {check.Current.Status.ToWireName()}")));

    /// <summary>The change set that moves a change to a status.</summary>
    public static ChangeSet Moving(ChangeStatus status) => new() { { "status", status.ToWireName() } };
}
