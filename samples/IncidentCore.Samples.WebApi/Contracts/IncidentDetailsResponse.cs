using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An incident with its history, escalations and communications, each oldest first, as one read saw them.</summary>
internal sealed record IncidentDetailsResponse(
    IncidentResponse Incident,
    IReadOnlyList<IncidentHistoryEntryResponse> History,
    IReadOnlyList<EscalationResponse> Escalations,
    IReadOnlyList<CommunicationResponse> Communications)
{
    public static IncidentDetailsResponse From(IncidentDetails details) => new(
        IncidentResponse.From(details.Incident),
        [.. details.History.Select(IncidentHistoryEntryResponse.From)],
        [.. details.Escalations.Select(EscalationResponse.From)],
        [.. details.Communications.Select(CommunicationResponse.From)]);
}
