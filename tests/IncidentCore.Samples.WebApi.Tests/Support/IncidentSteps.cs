using System.Net;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>
/// Brings an incident and its records into the state a test starts from, through the API as the seeded incident
/// manager. The "own" incident is Northwind's on the Globex component, so the Northwind client contact and the Globex
/// vendor contact are insiders; the "outsider" incident is Contoso's on the Initech component, where both are outsiders.
/// </summary>
public static class IncidentSteps
{
    public static string ReportBody(string clientId, string componentId) => $$"""
        {"title":"Checkout fails","category":"availability","severity":"P2","impact_level":"high","urgency_level":"high","client_id":"{{clientId}}","component_id":"{{componentId}}","detection_timestamp":"2025-09-25T11:40:00Z"}
        """;

    public static Task<string> OwnIncidentAsync(WebApiFactory factory) => ReportAsync(factory, WebApiFactory.Northwind, WebApiFactory.GlobexComponent);

    public static Task<string> OutsiderIncidentAsync(WebApiFactory factory) => ReportAsync(factory, WebApiFactory.Contoso, WebApiFactory.InitechComponent);

    public static async Task<string> ReportAsync(WebApiFactory factory, string clientId, string componentId)
    {
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        return await CreatedIdAsync(await incidentManager.PostJsonAsync("/incidents", ReportBody(clientId, componentId)), "incident_id");
    }

    /// <summary>Resolves and closes an open incident.</summary>
    public static async Task CloseAsync(WebApiFactory factory, string incidentId)
    {
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        foreach (var status in new[] { "resolved", "closed" })
        {
            var response = await incidentManager.PatchJsonAsync($"/incidents/{incidentId}", $$"""{"status":"{{status}}"}""");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>Escalates an incident to the seeded executive at the management level.</summary>
    public static async Task<string> EscalateAsync(WebApiFactory factory, string incidentId)
    {
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        return await CreatedIdAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/escalations",
            $$"""{"escalated_to_user":"{{WebApiFactory.Executive}}","escalation_level":"management"}"""), "escalation_id");
    }

    /// <summary>Records a pending e-mail update to the technical team, sent by the incident manager.</summary>
    public static async Task<string> RecordCommunicationAsync(WebApiFactory factory, string incidentId)
    {
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        return await CreatedIdAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/communications",
            """{"recipient_type":"technical_team","communication_type":"update","delivery_method":"email"}"""), "communication_id");
    }

    /// <summary>Reports an incident of its own, closes it and schedules its review with technical support as facilitator.</summary>
    public static async Task<string> ScheduledReviewAsync(WebApiFactory factory)
    {
        var incidentId = await OwnIncidentAsync(factory);
        await CloseAsync(factory, incidentId);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        return await CreatedIdAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/reviews",
            $$"""{"facilitator_user":"{{WebApiFactory.TechnicalSupport}}","scheduled_date":"2025-10-01T09:00:00Z"}"""), "review_id");
    }

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response, string idField)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty(idField).GetString()!;
    }
}
