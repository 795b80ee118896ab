using IncidentCore.Domain.Incidents;

namespace IncidentCore.Procedures.Incidents;

/// <summary>An incident with everything recorded about it, read in one unit of work.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="History">Its history rows, oldest first.</param>
/// <param name="Escalations">Its escalations, oldest first.</param>
/// <param name="Communications">Its communications, oldest first.</param>
public sealed record IncidentDetails(
    Incident Incident,
    IReadOnlyList<Domain.Incidents.IncidentHistoryEntry> History,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<Communication> Communications);
