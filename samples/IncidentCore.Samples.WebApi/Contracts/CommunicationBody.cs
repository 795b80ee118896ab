using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// The body of <c>POST /incidents/{incident_id}/communications</c>: the library's communication inputs without
/// <c>incident_id</c>, which the path names. The sender is the authenticated actor, never a body field.
/// </summary>
internal sealed record CommunicationBody(string? RecipientId, string? RecipientType, string? CommunicationType, string? DeliveryMethod, string? DeliveryStatus)
{
    public CommunicationRecordRequest ToRequest(string incidentId) => new()
    {
        IncidentId = incidentId,
        RecipientId = RecipientId,
        RecipientType = RecipientType,
        CommunicationType = CommunicationType,
        DeliveryMethod = DeliveryMethod,
        DeliveryStatus = DeliveryStatus,
    };
}
