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

/// <summary>Incidents: report, update, and the read of one incident with everything recorded about it.</summary>
internal static class IncidentEndpoints
{
    public static void MapIncidentEndpoints(this IEndpointRouteBuilder routes)
    {
        var incidents = routes.MapGroup("/incidents").WithTags("Incidents");

        incidents.MapPost("/", async (IncidentReportRequest request, ClaimsPrincipal user, IncidentReport report, CancellationToken cancellationToken) =>
        {
            var result = await report.ReportAsync(user.UserId(), request, cancellationToken);
            return result.Succeeded
                ? Results.Created($"/incidents/{Uri.EscapeDataString(result.Value)}", new CreatedIncident(result.Value))
                : result.Halt.ToProblem();
        })
        .WithName("report_incident")
        .WithSummary("Incident report (incident_manager, technical_support, system_administrator, executive; client_contact for its own client; vendor_contact on a component of a product its vendor supports). The reporter is the actor.")
        .Produces<CreatedIncident>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        incidents.MapPatch("/{incident_id}", async ([FromRoute(Name = "incident_id")] string incidentId, Dictionary<string, string?> changeSet, ClaimsPrincipal user, IncidentUpdate update, CancellationToken cancellationToken) =>
        {
            var result = await update.UpdateAsync(user.UserId(), incidentId, ChangeSet.From(changeSet), cancellationToken);
            return result.Succeeded ? Results.Ok(IncidentResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithMetadata(SopCatalog.For(Operation.IncidentUpdate))
        .WithName("update_incident")
        .WithSummary("Incident update (incident_manager, technical_support, executive; a change set that only moves the status to investigating, in_progress or resolved also the vendor_contact of the incident's vendor). The body is the change set.")
        .Produces<IncidentResponse>()
        .ProducesHaltProblems();

        incidents.MapGet("/{incident_id}", async ([FromRoute(Name = "incident_id")] string incidentId, ClaimsPrincipal user, IncidentRead read, CancellationToken cancellationToken) =>
        {
            var result = await read.ReadAsync(user.UserId(), incidentId, cancellationToken);
            return result.Succeeded ? Results.Ok(IncidentDetailsResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithName("get_incident")
        .WithSummary("Reads an incident with its history, escalations and communications (internal roles; client_contact for its client's incidents; vendor_contact for its vendor's). A denial never reveals whether the incident exists.")
        .Produces<IncidentDetailsResponse>()
        .ProducesHaltProblems();
    }
}
