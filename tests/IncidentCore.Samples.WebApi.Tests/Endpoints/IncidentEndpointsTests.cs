using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class IncidentEndpointsTests
{
    [Fact]
    public async Task ReportIncident_WhenClientContactReportsForItsClientWithFlags_ExpectCreatedOpenClassifiedAndReporterIsActor()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var created = await contact.PostJsonAsync("/incidents", """
            {"title":"Checkout fails","category":"availability","classification_flags":{"p2_major_degradation_with_workaround":true},"impact_level":"high","urgency_level":"medium","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z"}
            """);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var incidentId = (await created.ReadJsonAsync()).GetProperty("incident_id").GetString();
        Assert.Equal($"/incidents/{incidentId}", created.Headers.Location?.OriginalString);
        var incident = (await (await contact.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("incident");
        Assert.Equal("P2", incident.GetProperty("severity").GetString());
        Assert.Equal("open", incident.GetProperty("status").GetString());
        Assert.Equal(WebApiFactory.NorthwindContact, incident.GetProperty("reporter_user_id").GetString());
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact, "not_assigned_to_client")]
    [InlineData(WebApiFactory.GlobexContact, "not_assigned_to_vendor")]
    public async Task ReportIncident_WhenContactReportsOutsideItsOrganisation_ExpectForbiddenAndNoIncident(string contact, string reason)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(contact);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/incidents", IncidentSteps.ReportBody(WebApiFactory.Contoso, WebApiFactory.InitechComponent)));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal(reason, problem.DenialReason);
        var page = await (await admin.GetAsync($"/clients/{WebApiFactory.Contoso}/incidents")).ReadJsonAsync();
        Assert.Equal(0, page.GetProperty("incidents").GetArrayLength());
    }

    [Fact]
    public async Task ReportIncident_WhenVendorContactNamesAComponentNobodyHas_ExpectTheSameDenialAsAnotherVendorsComponent()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);

        var other = await Problem.ReadAsync(await contact.PostJsonAsync("/incidents", IncidentSteps.ReportBody(WebApiFactory.Northwind, WebApiFactory.InitechComponent)));
        var missing = await Problem.ReadAsync(await contact.PostJsonAsync("/incidents", IncidentSteps.ReportBody(WebApiFactory.Northwind, "999")));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Theory]
    [InlineData("""{"title":"Down","category":"availability","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z"}""", "severity", "invalid")]
    [InlineData("""{"title":"Down","category":"availability","classification_flags":{"p9_everything":true},"impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z"}""", "p9_everything", "unknown_field")]
    [InlineData("""{"title":"Down","category":"availability","severity":"P5","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z"}""", "severity", "invalid")]
    [InlineData("""{"title":"Down","category":"availability","severity":"P1","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"2025-09-25T11:40:00Z","status":"closed"}""", "status", "invalid")]
    [InlineData("""{"title":"Down","category":"availability","severity":"P1","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"400","detection_timestamp":"yesterday"}""", "detection_timestamp", "invalid")]
    public async Task ReportIncident_WhenInputIsInvalid_ExpectValidationProblemNamingTheFieldAndNothingAudited(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync("/incidents", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.Northwind, "999", "component_id")]
    [InlineData("999", WebApiFactory.GlobexComponent, "client_id")]
    public async Task ReportIncident_WhenClientOrComponentDoesNotExist_ExpectNotFoundNamingIt(string clientId, string componentId, string field)
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync("/incidents", IncidentSteps.ReportBody(clientId, componentId)));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains((field, "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateIncident_WhenTechnicalSupportAssignsAndInvestigates_ExpectUpdatedIncidentAndOneHistoryRowPerField()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var response = await support.PatchJsonAsync($"/incidents/{incidentId}", $$"""{"status":"investigating","assigned_to_user_id":"{{WebApiFactory.TechnicalSupport}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("investigating", updated.GetProperty("status").GetString());
        Assert.Equal(WebApiFactory.TechnicalSupport, updated.GetProperty("assigned_to_user_id").GetString());
        var history = (await (await support.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("history");
        Assert.Equal(["status_change:status:open:investigating", $"assignment_change:assigned_to_user_id::{WebApiFactory.TechnicalSupport}"],
            history.EnumerateArray().Select(h => $"{h.GetProperty("update_type").GetString()}:{h.GetProperty("field_changed").GetString()}:{h.GetProperty("old_value").GetString()}:{h.GetProperty("new_value").GetString()}"));
    }

    [Fact]
    public async Task UpdateIncident_WhenVendorContactMovesStatusOfItsVendorsIncident_ExpectUpdated()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);

        var response = await contact.PatchJsonAsync($"/incidents/{incidentId}", """{"status":"investigating"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("investigating", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task UpdateIncident_WhenClientContactUpdatesOutsiderIncident_ExpectForbiddenRoleNotPermitted()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var problem = await Problem.ReadAsync(await contact.PatchJsonAsync($"/incidents/{incidentId}", """{"status":"investigating"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Fact]
    public async Task UpdateIncident_WhenVendorContactMovesAnotherVendorsIncident_ExpectForbiddenAsForNoIncidentAndUnchanged()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var other = await Problem.ReadAsync(await contact.PatchJsonAsync($"/incidents/{incidentId}", """{"status":"investigating"}"""));
        var missing = await Problem.ReadAsync(await contact.PatchJsonAsync("/incidents/999", """{"status":"investigating"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_vendor", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
        var incident = (await (await support.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("incident");
        Assert.Equal("open", incident.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"status":"closed"}""", "status", "invalid")]
    [InlineData("""{"severity":"P5"}""", "severity", "invalid")]
    [InlineData("""{"title":null}""", "title", "required")]
    [InlineData("""{"reporter_user_id":"1"}""", "reporter_user_id", "not_editable")]
    public async Task UpdateIncident_WhenChangeSetIsInvalid_ExpectValidationProblemNamingTheField(string changeSet, string field, string code)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PatchJsonAsync($"/incidents/{incidentId}", changeSet));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateIncident_WhenIncidentDoesNotExist_ExpectNotFoundNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PatchJsonAsync("/incidents/999", """{"status":"investigating"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task GetIncident_WhenInsidersReadIt_ExpectIncidentWithHistoryEscalationsAndCommunications()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        await IncidentSteps.EscalateAsync(factory, incidentId);
        await IncidentSteps.RecordCommunicationAsync(factory, incidentId);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        await incidentManager.PatchJsonAsync($"/incidents/{incidentId}", """{"status":"investigating"}""");

        foreach (var reader in new[] { WebApiFactory.NorthwindContact, WebApiFactory.GlobexContact, WebApiFactory.AccountManager })
        {
            using var client = factory.ClientFor(reader);
            var response = await client.GetAsync($"/incidents/{incidentId}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var details = await response.ReadJsonAsync();
            Assert.Equal(incidentId, details.GetProperty("incident").GetProperty("incident_id").GetString());
            Assert.Equal("status_change", details.GetProperty("history")[0].GetProperty("update_type").GetString());
            Assert.Equal("management", details.GetProperty("escalations")[0].GetProperty("escalation_level").GetString());
            Assert.Equal("pending", details.GetProperty("communications")[0].GetProperty("delivery_status").GetString());
        }
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact, "not_assigned_to_client")]
    [InlineData(WebApiFactory.GlobexContact, "not_assigned_to_vendor")]
    public async Task GetIncident_WhenContactReadsOutsiderIncident_ExpectForbiddenAsForNoIncident(string contact, string reason)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var client = factory.ClientFor(contact);

        var other = await Problem.ReadAsync(await client.GetAsync($"/incidents/{incidentId}"));
        var missing = await Problem.ReadAsync(await client.GetAsync("/incidents/999"));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(reason, other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Fact]
    public async Task GetIncident_WhenIdIsMalformed_ExpectValidationProblemNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync("/incidents/not%20an%20id"));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(problem.FieldErrors, e => e.Field == "incident_id");
    }

    [Fact]
    public async Task GetIncident_WhenStaffReadsAnIncidentNobodyHas_ExpectNotFoundAndNothingAudited()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync("/incidents/999"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task GetIncident_WhenNotYetResolved_ExpectNullResolutionTimestamp()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var incident = (await (await support.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("incident");

        Assert.Equal(JsonValueKind.Null, incident.GetProperty("resolution_timestamp").ValueKind);
    }
}
