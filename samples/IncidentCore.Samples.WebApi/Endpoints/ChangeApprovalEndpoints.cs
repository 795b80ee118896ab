using System.Security.Claims;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Deciding a requested change: approving or rejecting it.</summary>
internal static class ChangeApprovalEndpoints
{
    public static void MapChangeApprovalEndpoints(this IEndpointRouteBuilder routes)
    {
        var changes = routes.MapGroup("/changes").WithTags("Changes");

        changes.MapPost("/{change_id}/approve", async ([FromRoute(Name = "change_id")] string changeId, NoFieldsBody? body, ClaimsPrincipal user, ChangeApproval approval, CancellationToken cancellationToken) =>
        {
            var result = await approval.ApproveAsync(user.UserId(), changeId, cancellationToken);
            return result.Succeeded ? Results.Ok(ChangeRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("approve_change")
        .WithSummary("Approves a requested change (the role its approval rule requires: an executive for high risk, upgrade or emergency; an incident_manager or executive for a normal change). The approving user is the actor.")
        .Produces<ChangeRequestResponse>()
        .ProducesHaltProblems();

        changes.MapPost("/{change_id}/reject", async ([FromRoute(Name = "change_id")] string changeId, RejectionBody? body, ClaimsPrincipal user, ChangeApproval approval, CancellationToken cancellationToken) =>
        {
            var result = await approval.RejectAsync(user.UserId(), changeId, body?.RejectionReason, cancellationToken);
            return result.Succeeded ? Results.Ok(ChangeRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("reject_change")
        .WithSummary("Rejects a requested change, optionally with a rejection_reason (the role its approval rule requires). Final.")
        .Produces<ChangeRequestResponse>()
        .ProducesHaltProblems();
    }
}
