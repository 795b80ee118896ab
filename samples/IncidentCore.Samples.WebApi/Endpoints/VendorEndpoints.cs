using System.Security.Claims;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Vendor Management: registration and lookup.</summary>
internal static class VendorEndpoints
{
    public static void MapVendorEndpoints(this IEndpointRouteBuilder routes)
    {
        var vendors = routes.MapGroup("/vendors").WithTags("Vendors");

        vendors.MapPost("/", async (VendorRegistrationRequest request, ClaimsPrincipal user, VendorRegistration registration, CancellationToken cancellationToken) =>
        {
            var result = await registration.RegisterAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/vendors/{Uri.EscapeDataString(result.Value)}", new CreatedVendor(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("create_vendor")
        .WithSummary("Register Vendor Information (system_administrator, incident_manager, executive).")
        .Produces<CreatedVendor>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        vendors.MapGet("/{vendor_id}", async ([FromRoute(Name = "vendor_id")] string vendorId, ClaimsPrincipal user, IUnitOfWorkFactory store, CancellationToken cancellationToken) =>
        {
            await using var work = await store.BeginAsync(cancellationToken);
            if (await ReadAccess.CheckAsync(work, user.UserId(), auditTrail: false, cancellationToken) is { } denied)
            {
                return denied.ToProblem();
            }

            var vendor = await work.Vendors.FindByIdAsync(vendorId, cancellationToken);
            return vendor is null ? ReadAccess.NotFound("vendor_id", "vendor").ToProblem() : Results.Ok(VendorResponse.From(vendor));
        })
        .WithName("get_vendor")
        .WithSummary("Reads a vendor (any active user).")
        .Produces<VendorResponse>()
        .ProducesHaltProblems();
    }
}
