namespace IncidentCore.Domain.Incidents;

/// <summary>An escalation of an incident to a person who fits its level (the <c>escalations</c> record).</summary>
public sealed record Escalation
{
    /// <summary>escalation_id: the record's id.</summary>
    public required string EscalationId { get; init; }

    /// <summary>incident_id: the incident escalated.</summary>
    public required string IncidentId { get; init; }

    /// <summary>escalated_by_user: the actor who escalated.</summary>
    public required string EscalatedByUser { get; init; }

    /// <summary>escalated_to_user: the target: active, not the actor, and fitting the level.</summary>
    public required string EscalatedToUser { get; init; }

    /// <summary>escalation_level: at most one active escalation per level per incident.</summary>
    public required EscalationLevel EscalationLevel { get; init; }

    /// <summary>reason: free text that may hold personal data: never audited or logged by value.</summary>
    public string? Reason { get; init; }

    /// <summary>status: <see cref="EscalationStatus.Active"/> when created.</summary>
    public EscalationStatus Status { get; init; } = EscalationStatus.Active;

    /// <summary>escalated_at: when it was created.</summary>
    public required DateTimeOffset EscalatedAt { get; init; }

    /// <summary>resolved_at: when it was resolved or cancelled.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
