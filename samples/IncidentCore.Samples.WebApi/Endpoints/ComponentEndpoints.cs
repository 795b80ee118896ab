using System.Security.Claims;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Infrastructure components: creation and update.</summary>
internal static class ComponentEndpoints
{
    public static void MapComponentEndpoints(this IEndpointRouteBuilder routes)
    {
        var components = routes.MapGroup("/components").WithTags("Components");

        components.MapPost("/", async (ComponentCreateRequest request, ClaimsPrincipal user, ComponentCreation creation, CancellationToken cancellationToken) =>
        {
            var result = await creation.CreateAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created((string?)null, new CreatedComponent(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("create_component")
        .WithSummary("Component creation (system_administrator, technical_support); the name is unique within its product.")
        .Produces<CreatedComponent>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        components.MapPatch("/{component_id}", async ([FromRoute(Name = "component_id")] string componentId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, ComponentUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), componentId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(ComponentResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithMetadata(SopCatalog.For(Operation.ComponentUpdate))
        .WithName("update_component")
        .WithSummary("Component update (system_administrator, technical_support). The body is the change set.")
        .Produces<ComponentResponse>()
        .ProducesHaltProblems();
    }
}
