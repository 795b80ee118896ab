using System.Security.Claims;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Escalations: escalating an incident, and resolving or cancelling an active escalation.</summary>
internal static class EscalationEndpoints
{
    public static void MapEscalationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/incidents/{incident_id}/escalations", async ([FromRoute(Name = "incident_id")] string incidentId, EscalationBody body, ClaimsPrincipal user, EscalationCreation creation, CancellationToken cancellationToken) =>
        {
            var result = await creation.EscalateAsync(user.UserId(), body.ToRequest(incidentId), cancellationToken);
            return result.Succeeded
                ? Results.Created((string?)null, new CreatedEscalation(result.Value))
                : result.Halt.ToProblem();
        })
        .WithTags("Escalations")
        .WithName("escalate_incident")
        .WithSummary("Escalation (incident_manager, technical_support, executive; account_manager for its assigned client). The escalating user is the actor; at most one active escalation per level.")
        .Produces<CreatedEscalation>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        var escalations = routes.MapGroup("/escalations").WithTags("Escalations");

        escalations.MapPost("/{escalation_id}/resolve", async ([FromRoute(Name = "escalation_id")] string escalationId, NoFieldsBody? body, ClaimsPrincipal user, EscalationClosing closing, CancellationToken cancellationToken) =>
        {
            var result = await closing.ResolveAsync(user.UserId(), escalationId, cancellationToken);
            return result.Succeeded ? Results.Ok(EscalationResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("resolve_escalation")
        .WithSummary("Resolves an active escalation (its target, incident_manager, executive).")
        .Produces<EscalationResponse>()
        .ProducesHaltProblems();

        escalations.MapPost("/{escalation_id}/cancel", async ([FromRoute(Name = "escalation_id")] string escalationId, NoFieldsBody? body, ClaimsPrincipal user, EscalationClosing closing, CancellationToken cancellationToken) =>
        {
            var result = await closing.CancelAsync(user.UserId(), escalationId, cancellationToken);
            return result.Succeeded ? Results.Ok(EscalationResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("cancel_escalation")
        .WithSummary("Cancels an active escalation (its target, incident_manager, executive).")
        .Produces<EscalationResponse>()
        .ProducesHaltProblems();
    }
}
