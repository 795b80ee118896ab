namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// The inputs of an incident report, in wire form. Required: title, category, impact_level, urgency_level, client_id,
/// component_id, detection_timestamp, and a severity or classification flags. The reporter is always the actor.
/// </summary>
public sealed record IncidentReportRequest
{
    /// <summary>title (required, free text).</summary>
    public string? Title { get; init; }

    /// <summary>category (required, free text).</summary>
    public string? Category { get; init; }

    /// <summary>severity (P1–P4): give it, or give <see cref="ClassificationFlags"/> and let the library decide; both must agree.</summary>
    public string? Severity { get; init; }

    /// <summary>The classification flags by wire name (see <see cref="Domain.Incidents.SeverityFlags"/>); unknown names are refused.</summary>
    public IReadOnlyDictionary<string, bool>? ClassificationFlags { get; init; }

    /// <summary>impact_level (required): low, medium, high or critical.</summary>
    public string? ImpactLevel { get; init; }

    /// <summary>urgency_level (required): low, medium, high or critical.</summary>
    public string? UrgencyLevel { get; init; }

    /// <summary>client_id (required): the client affected.</summary>
    public string? ClientId { get; init; }

    /// <summary>component_id (required): the component at fault.</summary>
    public string? ComponentId { get; init; }

    /// <summary>detection_timestamp (required): an ISO 8601 instant, not in the future.</summary>
    public string? DetectionTimestamp { get; init; }

    /// <summary>assigned_to_user_id (optional): an active user with an internal role.</summary>
    public string? AssignedToUserId { get; init; }

    /// <summary>status (optional): an incident is reported <c>open</c>; any other value is refused.</summary>
    public string? Status { get; init; }
}
