namespace IncidentCore.Procedures.Incidents;

/// <summary>The inputs of an escalation, in wire form. Required: incident_id, escalated_to_user, escalation_level. The escalating user is the actor.</summary>
public sealed record EscalationCreateRequest
{
    /// <summary>incident_id (required): the incident to escalate.</summary>
    public string? IncidentId { get; init; }

    /// <summary>escalated_to_user (required): an active user, not the actor, who fits the level.</summary>
    public string? EscalatedToUser { get; init; }

    /// <summary>escalation_level (required): management, technical, executive or vendor.</summary>
    public string? EscalationLevel { get; init; }

    /// <summary>reason (optional, free text; never audited or logged by value).</summary>
    public string? Reason { get; init; }
}
