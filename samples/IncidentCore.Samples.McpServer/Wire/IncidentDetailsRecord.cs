using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>An incident with everything recorded about it, as get_incident returns it.</summary>
internal sealed record IncidentDetailsRecord(
    IncidentRecord Incident,
    IReadOnlyList<IncidentHistoryRecord> History,
    IReadOnlyList<EscalationRecord> Escalations,
    IReadOnlyList<CommunicationRecord> Communications)
{
    public static IncidentDetailsRecord From(IncidentDetails details) => new(
        IncidentRecord.From(details.Incident),
        [.. details.History.Select(IncidentHistoryRecord.From)],
        [.. details.Escalations.Select(EscalationRecord.From)],
        [.. details.Communications.Select(CommunicationRecord.From)]);
}
