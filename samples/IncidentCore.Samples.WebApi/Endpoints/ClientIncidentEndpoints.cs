using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>
/// Listing a client's incidents through the library's governed list, a page at a time by key, as the audit trail is
/// read: each page starts after the incident id the previous one ended with.
/// </summary>
internal static class ClientIncidentEndpoints
{
    public const int MaximumPageSize = 100;

    public static void MapClientIncidentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/clients/{client_id}/incidents", async ([FromRoute(Name = "client_id")] string clientId, ClaimsPrincipal user, ClientIncidentsList list, CancellationToken cancellationToken, string? after = null, int take = 50) =>
        {
            if (take is < 1 or > MaximumPageSize)
            {
                return new Halt(HaltCode.ValidationFailed, "The page is out of range.",
                    [new FieldError("take", FieldErrorCodes.Invalid, $"take must be between 1 and {MaximumPageSize}.")]).ToProblem();
            }

            // One incident more than the page tells whether another page follows; the library checks the actor, the client and after.
            var result = await list.ListAsync(user.UserId(), clientId, after, take + 1, cancellationToken);
            if (!result.Succeeded)
            {
                return result.Halt.ToProblem();
            }

            var page = result.Value.Take(take).ToList();
            var nextAfter = result.Value.Count > take ? page[^1].IncidentId : null;
            return Results.Ok(new ClientIncidentsPage(clientId, after, take, [.. page.Select(IncidentResponse.From)], nextAfter));
        })
        .WithTags("Incidents")
        .WithName("list_client_incidents")
        .WithSummary("Lists a client's incidents in the order they were reported, a page after the incident id `after` (internal roles; client_contact for its own client). A denial never reveals whether the client exists.")
        .Produces<ClientIncidentsPage>()
        .ProducesHaltProblems();
    }
}
