using System.Security.Claims;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Procedures.Messages;
using IncidentCore.Samples.WebApi.Authentication;
using IncidentCore.Samples.WebApi.Contracts;
using IncidentCore.Samples.WebApi.Problems;
using Microsoft.AspNetCore.Mvc;

namespace IncidentCore.Samples.WebApi.Endpoints;

/// <summary>Communications: recording one about an incident, and updating its delivery status.</summary>
internal static class CommunicationEndpoints
{
    public static void MapCommunicationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/incidents/{incident_id}/communications", async ([FromRoute(Name = "incident_id")] string incidentId, CommunicationBody body, ClaimsPrincipal user, CommunicationRecording recording, CancellationToken cancellationToken) =>
        {
            var result = await recording.RecordAsync(user.UserId(), body.ToRequest(incidentId), cancellationToken);
            return result.Succeeded
                ? Results.Created((string?)null, new CreatedCommunication(result.Value))
                : result.Halt.ToProblem();
        })
        .WithTags("Communications")
        .WithName("record_communication")
        .WithSummary("Records a communication (incident_manager, technical_support; account_manager for its assigned client; vendor_contact for its vendor's incidents). The sender is the actor; a recipient user must be allowed to read the incident.")
        .Produces<CreatedCommunication>(StatusCodes.Status201Created)
        .ProducesHaltProblems();

        routes.MapPatch("/communications/{communication_id}", async ([FromRoute(Name = "communication_id")] string communicationId, DeliveryStatusBody body, ClaimsPrincipal user, CommunicationDeliveryUpdate update, CancellationToken cancellationToken) =>
        {
            if (body.DeliveryStatus is null)
            {
                return new Halt(HaltCode.ValidationFailed, "Give the delivery status to set.",
                    [new FieldError("delivery_status", FieldErrorCodes.Required, "delivery_status is required.")]).ToProblem();
            }

            var result = await update.UpdateAsync(user.UserId(), communicationId, body.DeliveryStatus, cancellationToken);
            return result.Succeeded ? Results.Ok(CommunicationResponse.From(result.Value)) : result.Halt.ToProblem();
        })
        .WithTags("Communications")
        .WithName("update_communication_delivery")
        .WithSummary("Updates a communication's delivery status: pending → sent → delivered, or to failed (its sender, incident_manager, technical_support).")
        .Produces<CommunicationResponse>()
        .ProducesHaltProblems();
    }
}
