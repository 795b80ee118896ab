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

/// <summary>Products: creation and update.</summary>
internal static class ProductEndpoints
{
    public static void MapProductEndpoints(this IEndpointRouteBuilder routes)
    {
        var products = routes.MapGroup("/products").WithTags("Products");

        products.MapPost("/", async (ProductCreateRequest request, ClaimsPrincipal user, ProductCreation creation, CancellationToken cancellationToken) =>
        {
            var result = await creation.CreateAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created((string?)null, new CreatedProduct(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("create_product")
        .WithSummary("Product creation (system_administrator, technical_support).")
        .Produces<CreatedProduct>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        products.MapPatch("/{product_id}", async ([FromRoute(Name = "product_id")] string productId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, ProductUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), productId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(ProductResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithMetadata(SopCatalog.For(Operation.ProductUpdate))
        .WithName("update_product")
        .WithSummary("Product update (system_administrator, technical_support). The body is the change set.")
        .Produces<ProductResponse>()
        .ProducesHaltProblems();
    }
}
