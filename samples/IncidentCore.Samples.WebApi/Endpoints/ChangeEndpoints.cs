using System.Security.Claims;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Change requests: requesting a change, and reading one.</summary>
internal static class ChangeEndpoints
{
    public static void MapChangeEndpoints(this IEndpointRouteBuilder routes)
    {
        var changes = routes.MapGroup("/changes").WithTags("Changes");

        changes.MapPost("/", async (ChangeRequestCreateRequest request, ClaimsPrincipal user, ChangeRequestCreation creation, CancellationToken cancellationToken) =>
        {
            var result = await creation.CreateAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/changes/{Uri.EscapeDataString(result.Value)}", new CreatedChange(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("request_change")
        .WithSummary("Change request (technical_support, system_administrator, incident_manager, executive). The requesting user is the actor; the change waits as requested unless its approval rule pre-approves it (standard, low or medium risk) or the requester holds the role that approves it.")
        .Produces<CreatedChange>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        changes.MapGet("/{change_id}", async ([FromRoute(Name = "change_id")] string changeId, ClaimsPrincipal user, ChangeRequestRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), changeId, cancellationToken);
            return result.Succeeded ? Results.Ok(ChangeRequestResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_change")
        .WithSummary("Reads a change request (internal roles). A contact is refused before anything is read.")
        .Produces<ChangeRequestResponse>()
        .ProducesHaltProblems();
    }
}
