using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Authentication;

/// <summary>Who reports, escalates, sends or acts is the authenticated actor: a body that names one is refused, never read.</summary>
public sealed class IncidentActingUserTests
{
    [Fact]
    public async Task ReportIncident_WhenBodyNamesAnotherReporter_ExpectRejectedAsUnknownFieldAndNothingAudited()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var problem = await Problem.ReadAsync(await contact.PostJsonAsync("/incidents", $$"""
            {"reporter_user_id":"{{WebApiFactory.IncidentManager}}","title":"Checkout fails","category":"availability","severity":"P2","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z"}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("reporter_user_id", "unknown_field"), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData("escalations", """{"escalated_by_user":"1","escalated_to_user":"8","escalation_level":"management"}""", "escalated_by_user")]
    [InlineData("escalations", """{"actor_user_id":"1","escalated_to_user":"8","escalation_level":"management"}""", "actor_user_id")]
    [InlineData("escalations", """{"incident_id":"999","escalated_to_user":"8","escalation_level":"management"}""", "incident_id")]
    [InlineData("communications", """{"sender_id":"1","recipient_type":"technical_team","communication_type":"update","delivery_method":"email"}""", "sender_id")]
    [InlineData("communications", """{"incident_id":"999","recipient_type":"technical_team","communication_type":"update","delivery_method":"email"}""", "incident_id")]
    [InlineData("reviews", """{"actor_user_id":"1","facilitator_user":"3","scheduled_date":"2025-10-01T09:00:00Z"}""", "actor_user_id")]
    public async Task IncidentSubresource_WhenBodyNamesAnActorOrAnotherIncident_ExpectRejectedAsUnknownFieldAndNothingAudited(string subresource, string body, string field)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync($"/incidents/{incidentId}/{subresource}", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, "unknown_field"), problem.FieldErrors);
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData("/escalations/{0}/resolve", """{"actor_user_id":"1"}""", "actor_user_id")]
    [InlineData("/escalations/{0}/cancel", """{"resolved_by_user":"1"}""", "resolved_by_user")]
    public async Task CloseEscalation_WhenBodyNamesAnActor_ExpectRejectedAsUnknownFieldAndStillActive(string pathFormat, string body, string field)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        var escalationId = await IncidentSteps.EscalateAsync(factory, incidentId);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, escalationId), body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, "unknown_field"), problem.FieldErrors);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
        var escalation = (await (await incidentManager.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("escalations")[0];
        Assert.Equal("active", escalation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CancelReview_WhenBodyNamesAnActor_ExpectRejectedAsUnknownFieldAndStillScheduled()
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await executive.PostJsonAsync($"/reviews/{reviewId}/cancel", """{"actor_user_id":"3"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("actor_user_id", "unknown_field"), problem.FieldErrors);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        var completed = await incidentManager.PostJsonAsync($"/reviews/{reviewId}/complete", """{"overall_rating":"good"}""");
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
    }

    [Fact]
    public async Task UpdateIncident_WhenChangeSetNamesAnotherActor_ExpectRejectedAndIncidentUnchanged()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PatchJsonAsync($"/incidents/{incidentId}", """{"actor_user_id":"1","status":"investigating"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("actor_user_id", "unknown_field"), problem.FieldErrors);
        var incident = (await (await support.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("incident");
        Assert.Equal("open", incident.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetIncident_WhenNoActorHeaderIsSent_ExpectUnauthorized()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.GetAsync($"/incidents/{incidentId}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
