using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An escalation in wire form.</summary>
internal sealed record EscalationResponse(
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
    public static EscalationResponse From(Escalation escalation) => new(
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
