using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Vendor Management: registration, update and read.</summary>
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

        vendors.MapPatch("/{vendor_id}", async ([FromRoute(Name = "vendor_id")] string vendorId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, VendorUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), vendorId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(VendorResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithMetadata(SopCatalog.VendorUpdate)
        .WithName("update_vendor")
        .WithSummary("Vendor update (system_administrator, incident_manager, executive). The body is the change set.")
        .Produces<VendorResponse>()
        .ProducesHaltProblems();

        vendors.MapGet("/{vendor_id}", async ([FromRoute(Name = "vendor_id")] string vendorId, ClaimsPrincipal user, VendorRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), vendorId, cancellationToken);
            return result.Succeeded ? Results.Ok(VendorResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_vendor")
        .WithSummary("Reads a vendor (system_administrator, incident_manager, technical_support, executive; vendor_contact of that vendor only). A denial never reveals whether the vendor exists.")
        .Produces<VendorResponse>()
        .ProducesHaltProblems();
    }
}
