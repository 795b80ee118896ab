using System.Security.Claims;
using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Carrying out an approved change: scheduling it, starting it, and completing it or recording that it failed.</summary>
internal static class ChangeExecutionEndpoints
{
    private delegate ValueTask<SopResult<ChangeRequest>> Step(ChangeExecution execution, string actorUserId, string changeId, CancellationToken cancellationToken);

    public static void MapChangeExecutionEndpoints(this IEndpointRouteBuilder routes)
    {
        var changes = routes.MapGroup("/changes").WithTags("Changes");

        changes.MapPost("/{change_id}/schedule", async ([FromRoute(Name = "change_id")] string changeId, ChangeScheduleBody body, ClaimsPrincipal user, ChangeScheduling scheduling, CancellationToken cancellationToken) =>
        {
            var result = await scheduling.ScheduleAsync(user.UserId(), changeId, body.ScheduledStartTime, body.ScheduledEndTime, cancellationToken);
            return result.Succeeded ? Results.Ok(ChangeRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("schedule_change")
        .WithSummary("Schedules an approved change: scheduled_start_time (not in the past) before scheduled_end_time (technical_support, system_administrator).")
        .Produces<ChangeRequestResponse>()
        .ProducesHaltProblems();

        MapStep(changes, "start", "start_change", "Starts an approved or scheduled change; sets actual_start_time (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.StartAsync(actor, id, ct));
        MapStep(changes, "complete", "complete_change", "Completes a change in progress; sets actual_end_time (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.CompleteAsync(actor, id, ct));
        MapStep(changes, "fail", "fail_change", "Records that a change in progress failed; sets actual_end_time (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.FailAsync(actor, id, ct));
    }

    private static void MapStep(RouteGroupBuilder changes, string action, string name, string summary, Step step) =>
        changes.MapPost($"/{{change_id}}/{action}", async ([FromRoute(Name = "change_id")] string changeId, NoFieldsBody? body, ClaimsPrincipal user, ChangeExecution execution, CancellationToken cancellationToken) =>
        {
            var result = await step(execution, user.UserId(), changeId, cancellationToken);
            return result.Succeeded ? Results.Ok(ChangeRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName(name)
        .WithSummary(summary)
        .Produces<ChangeRequestResponse>()
        .ProducesHaltProblems();
}
