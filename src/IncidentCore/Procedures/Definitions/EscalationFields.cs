using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Ports;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of an escalation, each said once with its rules, and the rules its SOPs share.</summary>
internal static class EscalationFields
{
    public static readonly RecordField<Escalation> IncidentId = new(DomainFields.Escalation, 0, "incident_id", FieldKind.Id, e => e.IncidentId)
    {
        References = EntityType.Incident,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    // Not a plain reference: a target that does not exist is refused exactly as one that is inactive or does not fit the
    // level (EscalationCreation), so an escalation never tells an account manager which user ids exist.
    public static readonly RecordField<Escalation> EscalatedToUser = new(DomainFields.Escalation, 1, "escalated_to_user", FieldKind.Id, e => e.EscalatedToUser);

    public static readonly RecordField<Escalation> EscalationLevel = new(DomainFields.Escalation, 2, "escalation_level", FieldKind.Enumeration, e => e.EscalationLevel.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.EscalationLevel),
    };

    public static readonly RecordField<Escalation> Reason = new(DomainFields.Escalation, 3, "reason", FieldKind.Text, e => e.Reason);

    public static readonly RecordField<Escalation> Status = new(DomainFields.Escalation, 4, "status", FieldKind.Enumeration, e => e.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.EscalationStatus),
    };

    public static readonly RecordLookup<Escalation> FindById = (work, id, ct) => IncidentStore.Of(work).Escalations.FindByIdAsync(id, ct);

    /// <summary>The escalation's target decides for the rows that name them (IsNamedUser).</summary>
    public static ValueTask<AuthorizationRequest?> TargetOf(Operation operation, Escalation escalation) =>
        ValueTask.FromResult<AuthorizationRequest?>(new AuthorizationRequest(operation, TargetUserId: escalation.EscalatedToUser));

    /// <summary>Whether a user fits an escalation level; the vendor level needs the vendor supporting the incident's component.</summary>
    public static bool FitsLevel(User target, EscalationLevel level, string? supportingVendorId) => level switch
    {
        Domain.Incidents.EscalationLevel.Management => target.Role is UserRole.IncidentManager or UserRole.Executive,
        Domain.Incidents.EscalationLevel.Executive => target.Role == UserRole.Executive,
        Domain.Incidents.EscalationLevel.Technical => target.Role is UserRole.TechnicalSupport or UserRole.SystemAdministrator,
        Domain.Incidents.EscalationLevel.Vendor => target.Role == UserRole.VendorContact && supportingVendorId is not null
            && string.Equals(target.VendorId, supportingVendorId, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>An active escalation can be resolved or cancelled; anything else is final.</summary>
    public static ValueTask<SopCheckFailure?> MustBeActive(SopCheck<Escalation> check, CancellationToken cancellationToken) =>
        ValueTask.FromResult(check.Current!.Status == EscalationStatus.Active
            ? null
            : SopCheckFailure.Invalid(check.Describe.RuleBroken("status", $"the escalation is already {check.Current.Status.ToWireName()}")));

    /// <summary>The change set that closes an escalation with a status.</summary>
    public static ChangeSet Closing(EscalationStatus status) => new() { { "status", status.ToWireName() } };
}
