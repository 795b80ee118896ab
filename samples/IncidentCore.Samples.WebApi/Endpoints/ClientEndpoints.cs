using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Client Management: onboarding, information update and lookup.</summary>
internal static class ClientEndpoints
{
    public static void MapClientEndpoints(this IEndpointRouteBuilder routes)
    {
        var clients = routes.MapGroup("/clients").WithTags("Clients");

        clients.MapPost("/", async (ClientOnboardingRequest request, ClaimsPrincipal user, ClientOnboarding onboarding, CancellationToken cancellationToken) =>
        {
            var result = await onboarding.OnboardAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/clients/{Uri.EscapeDataString(result.Value)}", new CreatedClient(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("create_client")
        .WithSummary("Client Onboarding (system_administrator, account_manager).")
        .Produces<CreatedClient>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        clients.MapPatch("/{client_id}", async ([FromRoute(Name = "client_id")] string clientId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, ClientUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), clientId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(ClientResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithMetadata(SopCatalog.ClientUpdate)
        .WithName("update_client")
        .WithSummary("Client Information Update (system_administrator, account_manager assigned to the client). The body is the change set.")
        .Produces<ClientResponse>()
        .ProducesHaltProblems();

        clients.MapGet("/{client_id}", async ([FromRoute(Name = "client_id")] string clientId, ClaimsPrincipal user, ClientRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), clientId, cancellationToken);
            return result.Succeeded ? Results.Ok(ClientResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_client")
        .WithSummary("Reads a client (system_administrator, incident_manager, technical_support, executive; account_manager and client_contact of that client only). A denial never reveals whether the client exists.")
        .Produces<ClientResponse>()
        .ProducesHaltProblems();
    }
}
