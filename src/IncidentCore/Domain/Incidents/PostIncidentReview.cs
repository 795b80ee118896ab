namespace IncidentCore.Domain.Incidents;

/// <summary>A review held after an incident is closed (the <c>post_incident_reviews</c> record).</summary>
public sealed record PostIncidentReview
{
    /// <summary>review_id: the record's id.</summary>
    public required string ReviewId { get; init; }

    /// <summary>incident_id: a closed incident.</summary>
    public required string IncidentId { get; init; }

    /// <summary>facilitator_user: an active user with an internal role.</summary>
    public required string FacilitatorUser { get; init; }

    /// <summary>scheduled_date: when it is held.</summary>
    public required DateTimeOffset ScheduledDate { get; init; }

    /// <summary>overall_rating: required to complete.</summary>
    public ReviewRating? OverallRating { get; init; }

    /// <summary>status: <see cref="ReviewStatus.Scheduled"/> when scheduled.</summary>
    public ReviewStatus Status { get; init; } = ReviewStatus.Scheduled;

    /// <summary>completed_at: when it was completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
