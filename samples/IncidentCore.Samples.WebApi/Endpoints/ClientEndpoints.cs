using System.Security.Claims;
using IncidentCore.Ports;
using IncidentCore.Procedures;
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
        .WithName("update_client")
        .WithSummary("Client Information Update (system_administrator, account_manager assigned to the client). The body is the change set.")
        .Produces<ClientResponse>()
        .ProducesHaltProblems();

        clients.MapGet("/{client_id}", async ([FromRoute(Name = "client_id")] string clientId, ClaimsPrincipal user, IUnitOfWorkFactory store, CancellationToken cancellationToken) =>
        {
            await using var work = await store.BeginAsync(cancellationToken);
            if (await ReadAccess.CheckAsync(work, user.UserId(), auditTrail: false, cancellationToken) is { } denied)
            {
                return denied.ToProblem();
            }

            var client = await work.Clients.FindByIdAsync(clientId, cancellationToken);
            return client is null ? ReadAccess.NotFound("client_id", "client").ToProblem() : Results.Ok(ClientResponse.From(client));
        })
        .WithName("get_client")
        .WithSummary("Reads a client (any active user).")
        .Produces<ClientResponse>()
        .ProducesHaltProblems();
    }
}
