namespace IncidentCore.Procedures.Incidents;

/// <summary>The inputs of a post-incident review, in wire form. All required.</summary>
public sealed record ReviewScheduleRequest
{
    /// <summary>incident_id (required): a closed incident.</summary>
    public string? IncidentId { get; init; }

    /// <summary>facilitator_user (required): an active user with an internal role.</summary>
    public string? FacilitatorUser { get; init; }

    /// <summary>scheduled_date (required): an ISO 8601 instant.</summary>
    public string? ScheduledDate { get; init; }
}
