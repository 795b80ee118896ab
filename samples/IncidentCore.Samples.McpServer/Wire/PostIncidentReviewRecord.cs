using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A post-incident review in wire form, as tools return it.</summary>
internal sealed record PostIncidentReviewRecord(
    string ReviewId,
    string IncidentId,
    string FacilitatorUser,
    DateTimeOffset ScheduledDate,
    string? OverallRating,
    string Status,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt)
{
    public static PostIncidentReviewRecord From(PostIncidentReview review) => new(
        review.ReviewId,
        review.IncidentId,
        review.FacilitatorUser,
        review.ScheduledDate,
        review.OverallRating?.ToWireName(),
        review.Status.ToWireName(),
        review.CompletedAt,
        review.CreatedAt);
}
