using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>An escalation in wire form, as tools return it.</summary>
internal sealed record EscalationRecord(
    string EscalationId,
    string IncidentId,
    string EscalatedByUser,
    string EscalatedToUser,
    string EscalationLevel,
    string? Reason,
    string Status,
    DateTimeOffset EscalatedAt,
    DateTimeOffset? ResolvedAt)
{
    public static EscalationRecord From(Escalation escalation) => new(
        escalation.EscalationId,
        escalation.IncidentId,
        escalation.EscalatedByUser,
        escalation.EscalatedToUser,
        escalation.EscalationLevel.ToWireName(),
        escalation.Reason,
        escalation.Status.ToWireName(),
        escalation.EscalatedAt,
        escalation.ResolvedAt);
}
