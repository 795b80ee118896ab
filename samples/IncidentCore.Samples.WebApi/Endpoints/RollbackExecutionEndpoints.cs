using System.Security.Claims;
using IncidentCore.Domain.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Carrying out an approved rollback: starting it, and completing it (its change becomes rolled_back) or recording that it failed.</summary>
internal static class RollbackExecutionEndpoints
{
    private delegate ValueTask<SopResult<RollbackRequest>> Step(RollbackExecution execution, string actorUserId, string rollbackId, CancellationToken cancellationToken);

    public static void MapRollbackExecutionEndpoints(this IEndpointRouteBuilder routes)
    {
        var rollbacks = routes.MapGroup("/rollbacks").WithTags("Rollbacks");

        MapStep(rollbacks, "start", "start_rollback", "Starts an approved rollback (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.StartAsync(actor, id, ct));
        MapStep(rollbacks, "complete", "complete_rollback", "Completes a rollback in progress and sets its change to rolled_back in the same commit; sets completed_at (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.CompleteAsync(actor, id, ct));
        MapStep(rollbacks, "fail", "fail_rollback", "Records that a rollback in progress failed; its change stays as it is; sets completed_at (technical_support, system_administrator).",
            static (execution, actor, id, ct) => execution.FailAsync(actor, id, ct));
    }

    private static void MapStep(RouteGroupBuilder rollbacks, string action, string name, string summary, Step step) =>
        rollbacks.MapPost($"/{{rollback_id}}/{action}", async ([FromRoute(Name = "rollback_id")] string rollbackId, NoFieldsBody? body, ClaimsPrincipal user, RollbackExecution execution, CancellationToken cancellationToken) =>
        {
            var result = await step(execution, user.UserId(), rollbackId, cancellationToken);
            return result.Succeeded ? Results.Ok(RollbackRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName(name)
        .WithSummary(summary)
        .Produces<RollbackRequestResponse>()
        .ProducesHaltProblems();
}
