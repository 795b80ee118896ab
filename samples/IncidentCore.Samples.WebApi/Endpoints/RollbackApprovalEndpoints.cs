using System.Security.Claims;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Deciding a requested rollback: approving or rejecting it.</summary>
internal static class RollbackApprovalEndpoints
{
    public static void MapRollbackApprovalEndpoints(this IEndpointRouteBuilder routes)
    {
        var rollbacks = routes.MapGroup("/rollbacks").WithTags("Rollbacks");

        rollbacks.MapPost("/{rollback_id}/approve", async ([FromRoute(Name = "rollback_id")] string rollbackId, NoFieldsBody? body, ClaimsPrincipal user, RollbackApproval approval, CancellationToken cancellationToken) =>
        {
            var result = await approval.ApproveAsync(user.UserId(), rollbackId, cancellationToken);
            return result.Succeeded ? Results.Ok(RollbackRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("approve_rollback")
        .WithSummary("Approves a requested rollback (incident_manager, executive). The approving user is the actor.")
        .Produces<RollbackRequestResponse>()
        .ProducesHaltProblems();

        rollbacks.MapPost("/{rollback_id}/reject", async ([FromRoute(Name = "rollback_id")] string rollbackId, RejectionBody? body, ClaimsPrincipal user, RollbackApproval approval, CancellationToken cancellationToken) =>
        {
            var result = await approval.RejectAsync(user.UserId(), rollbackId, body?.RejectionReason, cancellationToken);
            return result.Succeeded ? Results.Ok(RollbackRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("reject_rollback")
        .WithSummary("Rejects a requested rollback, optionally with a rejection_reason (incident_manager, executive). Final.")
        .Produces<RollbackRequestResponse>()
        .ProducesHaltProblems();
    }
}
