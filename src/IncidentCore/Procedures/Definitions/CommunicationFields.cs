using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a communication, each said once with its rules.</summary>
internal static class CommunicationFields
{
    public static readonly RecordField<Communication> IncidentId = new(DomainFields.Communication, 0, "incident_id", FieldKind.Id, c => c.IncidentId)
    {
        References = EntityType.Incident,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    /// <summary>
    /// The recipient user. Not checked as a plain reference: a missing user is refused exactly as one not allowed to read
    /// the incident, so a vendor contact recording a communication cannot probe which user ids exist.
    /// </summary>
    public static readonly RecordField<Communication> RecipientId = new(DomainFields.Communication, 1, "recipient_id", FieldKind.Id, c => c.RecipientId);

    public static readonly RecordField<Communication> RecipientType = new(DomainFields.Communication, 2, "recipient_type", FieldKind.Enumeration, c => c.RecipientType?.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.RecipientType),
    };

    public static readonly RecordField<Communication> CommunicationType = new(DomainFields.Communication, 3, "communication_type", FieldKind.Enumeration, c => c.CommunicationType.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.CommunicationType),
    };

    public static readonly RecordField<Communication> DeliveryMethod = new(DomainFields.Communication, 4, "delivery_method", FieldKind.Enumeration, c => c.DeliveryMethod.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.DeliveryMethod),
    };

    public static readonly RecordField<Communication> DeliveryStatus = new(DomainFields.Communication, 5, "delivery_status", FieldKind.Enumeration, c => c.DeliveryStatus.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.DeliveryStatus),
    };

    public static readonly RecordLookup<Communication> FindById = (work, id, ct) => IncidentStore.Of(work).Communications.FindByIdAsync(id, ct);

    /// <summary>Delivery moves pending → sent → delivered, or to failed from pending or sent; delivered and failed are final (delivery is never skipped over sent).</summary>
    public static bool IsAllowed(Domain.Incidents.DeliveryStatus from, Domain.Incidents.DeliveryStatus to) => (from, to) switch
    {
        (Domain.Incidents.DeliveryStatus.Pending, Domain.Incidents.DeliveryStatus.Sent or Domain.Incidents.DeliveryStatus.Failed) => true,
        (Domain.Incidents.DeliveryStatus.Sent, Domain.Incidents.DeliveryStatus.Delivered or Domain.Incidents.DeliveryStatus.Failed) => true,
        _ => false,
    };

    /// <summary>The sender decides for the rows that name them (IsNamedUser).</summary>
    public static ValueTask<AuthorizationRequest?> TargetOf(Operation operation, Communication communication) =>
        ValueTask.FromResult<AuthorizationRequest?>(new AuthorizationRequest(operation, TargetUserId: communication.SenderId));
}
