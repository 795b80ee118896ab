using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Post-incident review tools: schedule_post_incident_review, complete_post_incident_review and
/// cancel_post_incident_review, their arguments from the SOP definitions.
/// </summary>
internal static class PostIncidentReviewTools
{
    public static IEnumerable<IncidentTool> All() => [ScheduleReview(), CompleteReview(), CancelReview()];

    private static IncidentTool ScheduleReview() => new(
        "schedule_post_incident_review",
        "Schedules a post-incident review of a closed incident with an active facilitator who holds an internal role, and returns its review_id. "
        + "Authorized: incident_manager, executive.",
        readOnly: false,
        SopToolFields.Inputs(SopCatalog.For(Operation.ReviewSchedule)),
        async call =>
        {
            var result = await call.Services.GetRequiredService<PostIncidentReviews>().ScheduleAsync(
                call.ActorUserId, call.Arguments.Request<ReviewScheduleRequest>(), call.CancellationToken);
            return result.Succeeded ? ToolResults.Success(new { review_id = result.Value }) : ToolResults.Halted(result.Halt);
        });

    private static IncidentTool CompleteReview()
    {
        var sop = SopCatalog.For(Operation.ReviewComplete);
        return new(
            "complete_post_incident_review",
            "Completes a scheduled post-incident review with its overall rating (final) and returns it. Authorized: incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop), SopToolFields.Input(sop, "overall_rating", isRequired: true)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<PostIncidentReviews>().CompleteAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.Arguments.Text("overall_rating"), call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(PostIncidentReviewRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }

    private static IncidentTool CancelReview()
    {
        var sop = SopCatalog.For(Operation.ReviewCancel);
        return new(
            "cancel_post_incident_review",
            "Cancels a scheduled post-incident review (final) and returns it. Authorized: incident_manager, executive.",
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await call.Services.GetRequiredService<PostIncidentReviews>().CancelAsync(
                    call.ActorUserId, call.Arguments.Text(sop.IdField)!, call.CancellationToken);
                return result.Succeeded ? ToolResults.Success(PostIncidentReviewRecord.From(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
