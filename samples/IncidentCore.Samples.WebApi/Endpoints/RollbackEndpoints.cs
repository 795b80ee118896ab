using System.Security.Claims;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Rollback requests: asking to roll back a change that ran, and reading one.</summary>
internal static class RollbackEndpoints
{
    public static void MapRollbackEndpoints(this IEndpointRouteBuilder routes)
    {
        var rollbacks = routes.MapGroup("/rollbacks").WithTags("Rollbacks");

        rollbacks.MapPost("/", async (RollbackRequestCreateRequest request, ClaimsPrincipal user, RollbackRequestCreation creation, CancellationToken cancellationToken) =>
        {
            var result = await creation.CreateAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/rollbacks/{Uri.EscapeDataString(result.Value)}", new CreatedRollback(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("request_rollback")
        .WithSummary("Rollback request for a change that ran (in_progress, completed or failed) and has no other open rollback (technical_support, incident_manager, executive). The requesting user is the actor; an incident_manager or executive who requests it approves it.")
        .Produces<CreatedRollback>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        rollbacks.MapGet("/{rollback_id}", async ([FromRoute(Name = "rollback_id")] string rollbackId, ClaimsPrincipal user, RollbackRequestRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), rollbackId, cancellationToken);
            return result.Succeeded ? Results.Ok(RollbackRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_rollback")
        .WithSummary("Reads a rollback request (internal roles). A contact is refused before anything is read.")
        .Produces<RollbackRequestResponse>()
        .ProducesHaltProblems();
    }
}
