namespace IncidentCore.Domain.Incidents;

/// <summary>An incident affecting a client through an infrastructure component (the <c>incidents</c> record).</summary>
public sealed record Incident
{
    /// <summary>incident_id: the record's id.</summary>
    public required string IncidentId { get; init; }

    /// <summary>title: free text that may hold personal data: never audited or logged by value.</summary>
    public required string Title { get; init; }

    /// <summary>category: free text.</summary>
    public required string Category { get; init; }

    /// <summary>severity: given, or classified from the reporter's flags.</summary>
    public required Severity Severity { get; init; }

    /// <summary>impact_level: how widely it hurts.</summary>
    public required IncidentLevel ImpactLevel { get; init; }

    /// <summary>urgency_level: how soon it must be handled.</summary>
    public required IncidentLevel UrgencyLevel { get; init; }

    /// <summary>client_id: the client affected.</summary>
    public required string ClientId { get; init; }

    /// <summary>component_id: the component at fault.</summary>
    public required string ComponentId { get; init; }

    /// <summary>reporter_user_id: the user who reported it: always the actor of the report.</summary>
    public required string ReporterUserId { get; init; }

    /// <summary>assigned_to_user_id: an active user with an internal role, if assigned.</summary>
    public string? AssignedToUserId { get; init; }

    /// <summary>detection_timestamp: when it was detected; never in the future.</summary>
    public required DateTimeOffset DetectionTimestamp { get; init; }

    /// <summary>resolution_timestamp: set exactly while the status is resolved or closed.</summary>
    public DateTimeOffset? ResolutionTimestamp { get; init; }

    /// <summary>status: <see cref="IncidentStatus.Open"/> at report.</summary>
    public IncidentStatus Status { get; init; } = IncidentStatus.Open;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
