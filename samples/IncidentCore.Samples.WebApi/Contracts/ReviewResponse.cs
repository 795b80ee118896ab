using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A post-incident review in wire form.</summary>
internal sealed record ReviewResponse(
    string ReviewId,
    string IncidentId,
    string FacilitatorUser,
    DateTimeOffset ScheduledDate,
    string? OverallRating,
    string Status,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt)
{
    public static ReviewResponse From(PostIncidentReview review) => new(
        review.ReviewId,
        review.IncidentId,
        review.FacilitatorUser,
        review.ScheduledDate,
        review.OverallRating?.ToWireName(),
        review.Status.ToWireName(),
        review.CompletedAt,
        review.CreatedAt);
}
