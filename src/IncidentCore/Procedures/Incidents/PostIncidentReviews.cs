using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ReviewFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Post-incident reviews: incident managers and executives schedule a review of a closed incident with an active,
/// internal facilitator, then complete it with an overall rating or cancel it (both final). Each step is audited.
/// </summary>
public sealed class PostIncidentReviews
{
    internal static readonly CreateSop<ReviewScheduleRequest, PostIncidentReview> Schedule = new()
    {
        Operation = Operation.ReviewSchedule,
        EntityType = EntityType.PostIncidentReview,
        IdField = "review_id",
        Inputs =
        [
            new SopInput<ReviewScheduleRequest, PostIncidentReview>(Field.IncidentId, r => r.IncidentId).Required(),
            new SopInput<ReviewScheduleRequest, PostIncidentReview>(Field.FacilitatorUser, r => r.FacilitatorUser).Required(),
            new SopInput<ReviewScheduleRequest, PostIncidentReview>(Field.ScheduledDate, r => r.ScheduledDate).Required(),
        ],
        Check = static async (c, ct) =>
        {
            var incident = (await IncidentStore.Of(c.Work).Incidents.FindByIdAsync(c.Values.Text(Field.IncidentId), ct).ConfigureAwait(false))!;
            if (incident.Status != IncidentStatus.Closed)
            {
                return SopCheckFailure.Invalid(c.Describe.RuleBroken("incident_id", "a review needs a closed incident"));
            }

            var facilitator = await c.Work.Users.FindByIdAsync(c.Values.Text(Field.FacilitatorUser), ct).ConfigureAwait(false);
            return facilitator is { Status: UserStatus.Active } && Roles.IsInternal(facilitator.Role)
                ? null
                : SopCheckFailure.Invalid(c.Describe.RuleBroken("facilitator_user", "the facilitator must be an active user with an internal role"));
        },
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new PostIncidentReview
        {
            ReviewId = id,
            IncidentId = v.Text(Field.IncidentId),
            FacilitatorUser = v.Text(Field.FacilitatorUser),
            ScheduledDate = v.Timestamp(Field.ScheduledDate),
            Status = ReviewStatus.Scheduled,
            CreatedAt = now,
        },
        Stage = static (work, review) => IncidentStore.Of(work).Reviews.Add(review),
    };

    internal static readonly UpdateSop<PostIncidentReview> Complete = new()
    {
        Operation = Operation.ReviewComplete,
        EntityType = EntityType.PostIncidentReview,
        IdField = "review_id",
        Inputs = [new SopInput<ChangeSet, PostIncidentReview>(Field.OverallRating)],
        Find = Field.FindById,
        IdOf = static r => r.ReviewId,
        Check = static (c, ct) => c.Values.OptionalText(Field.OverallRating) is null
            ? ValueTask.FromResult<SopCheckFailure?>(SopCheckFailure.Invalid(c.Describe.Required("overall_rating")))
            : Field.MustBeScheduled(c, ct),
        Apply = static (in SopValues v, PostIncidentReview r, DateTimeOffset now) => r with
        {
            OverallRating = (ReviewRating)v.Number(Field.OverallRating),
            Status = ReviewStatus.Completed,
            CompletedAt = now,
            Version = r.Version + 1,
        },
        Stage = static (work, review) => IncidentStore.Of(work).Reviews.Update(review),
    };

    internal static readonly UpdateSop<PostIncidentReview> Cancel = new()
    {
        Operation = Operation.ReviewCancel,
        EntityType = EntityType.PostIncidentReview,
        IdField = "review_id",
        Inputs = [new SopInput<ChangeSet, PostIncidentReview>(Field.Status)],
        Find = Field.FindById,
        IdOf = static r => r.ReviewId,
        Check = Field.MustBeScheduled,
        Apply = static (in SopValues v, PostIncidentReview r, DateTimeOffset now) => r with { Status = ReviewStatus.Cancelled, Version = r.Version + 1 },
        Stage = static (work, review) => IncidentStore.Of(work).Reviews.Update(review),
    };

    private static readonly ChangeSet Cancelled = new() { { "status", "cancelled" } };

    private readonly SopPipeline _pipeline;

    internal PostIncidentReviews(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Schedules a review of a closed incident.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The review in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new review_id, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> ScheduleAsync(string actorUserId, ReviewScheduleRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Schedule, actorUserId, request, cancellationToken);

    /// <summary>Completes a scheduled review with its overall rating.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="overallRating">The rating in wire form: excellent, good, satisfactory, needs_improvement or poor (required).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The completed review, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<PostIncidentReview>> CompleteAsync(string actorUserId, string reviewId, string? overallRating, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Complete, actorUserId, reviewId, new ChangeSet { { "overall_rating", overallRating } }, cancellationToken);

    /// <summary>Cancels a scheduled review.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="reviewId">The review.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The cancelled review, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<PostIncidentReview>> CancelAsync(string actorUserId, string reviewId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Cancel, actorUserId, reviewId, Cancelled, cancellationToken);
}
