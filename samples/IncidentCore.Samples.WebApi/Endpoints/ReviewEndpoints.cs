using System.Security.Claims;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Post-incident reviews: scheduling one for a closed incident, completing it with a rating, or cancelling it.</summary>
internal static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/incidents/{incident_id}/reviews", async ([FromRoute(Name = "incident_id")] string incidentId, ReviewScheduleBody body, ClaimsPrincipal user, PostIncidentReviews reviews, CancellationToken cancellationToken) =>
        {
            var result = await reviews.ScheduleAsync(user.UserId(), body.ToRequest(incidentId), cancellationToken);
            return result.Succeeded
                ? Results.Created((string?)null, new CreatedReview(result.Value))
                : result.Halt.ToProblem();
        })
        .WithTags("Post-incident reviews")
        .WithName("schedule_review")
        .WithSummary("Schedules a post-incident review of a closed incident with an active, internal facilitator (incident_manager, executive).")
        .Produces<CreatedReview>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        var reviewGroup = routes.MapGroup("/reviews").WithTags("Post-incident reviews");

        reviewGroup.MapPost("/{review_id}/complete", async ([FromRoute(Name = "review_id")] string reviewId, ReviewCompletionBody body, ClaimsPrincipal user, PostIncidentReviews reviews, CancellationToken cancellationToken) =>
        {
            var result = await reviews.CompleteAsync(user.UserId(), reviewId, body.OverallRating, cancellationToken);
            return result.Succeeded ? Results.Ok(ReviewResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("complete_review")
        .WithSummary("Completes a scheduled review with its overall rating (incident_manager, executive).")
        .Produces<ReviewResponse>()
        .ProducesHaltProblems();

        reviewGroup.MapPost("/{review_id}/cancel", async ([FromRoute(Name = "review_id")] string reviewId, NoFieldsBody? body, ClaimsPrincipal user, PostIncidentReviews reviews, CancellationToken cancellationToken) =>
        {
            var result = await reviews.CancelAsync(user.UserId(), reviewId, cancellationToken);
            return result.Succeeded ? Results.Ok(ReviewResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("cancel_review")
        .WithSummary("Cancels a scheduled review (incident_manager, executive).")
        .Produces<ReviewResponse>()
        .ProducesHaltProblems();
    }
}
