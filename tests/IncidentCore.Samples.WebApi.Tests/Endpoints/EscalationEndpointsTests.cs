using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class EscalationEndpointsTests
{
    [Fact]
    public async Task EscalateIncident_WhenAssignedAccountManagerEscalates_ExpectCreatedActiveAndEscalatedByTheActor()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var accountManager = factory.ClientFor(WebApiFactory.AccountManager);

        var created = await accountManager.PostJsonAsync($"/incidents/{incidentId}/escalations",
            $$"""{"escalated_to_user":"{{WebApiFactory.Executive}}","escalation_level":"executive","reason":"contract at risk"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var escalationId = (await created.ReadJsonAsync()).GetProperty("escalation_id").GetString();
        var escalation = (await (await accountManager.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("escalations")[0];
        Assert.Equal(escalationId, escalation.GetProperty("escalation_id").GetString());
        Assert.Equal(WebApiFactory.AccountManager, escalation.GetProperty("escalated_by_user").GetString());
        Assert.Equal("active", escalation.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task EscalateIncident_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync($"/incidents/{incidentId}/escalations",
            $$"""{"escalated_to_user":"{{WebApiFactory.Executive}}","escalation_level":"executive"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Fact]
    public async Task EscalateIncident_WhenAccountManagerEscalatesAnotherClientsIncident_ExpectForbiddenAsForNoIncident()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var accountManager = factory.ClientFor(WebApiFactory.AccountManager);
        var body = $$"""{"escalated_to_user":"{{WebApiFactory.Executive}}","escalation_level":"executive"}""";

        var other = await Problem.ReadAsync(await accountManager.PostJsonAsync($"/incidents/{incidentId}/escalations", body));
        var missing = await Problem.ReadAsync(await accountManager.PostJsonAsync("/incidents/999/escalations", body));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_client", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Theory]
    [InlineData("""{"escalated_to_user":"8","escalation_level":"urgent"}""", "escalation_level", "invalid")]
    [InlineData("""{"escalation_level":"management"}""", "escalated_to_user", "required")]
    [InlineData("""{"escalated_to_user":"4","escalation_level":"management"}""", "escalated_to_user", "invalid")]
    [InlineData("""{"escalated_to_user":"3","escalation_level":"executive"}""", "escalated_to_user", "invalid")]
    public async Task EscalateIncident_WhenInputIsInvalid_ExpectValidationProblemNamingTheField(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/escalations", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task EscalateIncident_WhenALevelAlreadyHasAnActiveEscalation_ExpectConflictNamingEscalationLevel()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        await IncidentSteps.EscalateAsync(factory, incidentId);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync($"/incidents/{incidentId}/escalations",
            $$"""{"escalated_to_user":"{{WebApiFactory.IncidentManager}}","escalation_level":"management"}"""));

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Contains(("escalation_level", "duplicate"), problem.FieldErrors);
    }

    [Fact]
    public async Task EscalateIncident_WhenIncidentDoesNotExist_ExpectNotFoundNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync("/incidents/999/escalations",
            $$"""{"escalated_to_user":"{{WebApiFactory.Executive}}","escalation_level":"executive"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("resolve", "resolved")]
    [InlineData("cancel", "cancelled")]
    public async Task CloseEscalation_WhenTheTargetClosesIt_ExpectClosedWithResolvedAt(string action, string status)
    {
        using var factory = new WebApiFactory();
        var escalationId = await IncidentSteps.EscalateAsync(factory, await IncidentSteps.OwnIncidentAsync(factory));
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var response = await executive.PostAsync($"/escalations/{escalationId}/{action}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var escalation = await response.ReadJsonAsync();
        Assert.Equal(status, escalation.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, escalation.GetProperty("resolved_at").ValueKind);
    }

    [Theory]
    [InlineData("resolve", WebApiFactory.NorthwindContact)]
    [InlineData("resolve", WebApiFactory.GlobexContact)]
    [InlineData("cancel", WebApiFactory.NorthwindContact)]
    [InlineData("cancel", WebApiFactory.GlobexContact)]
    public async Task CloseEscalation_WhenAContactClosesAnOutsiderEscalation_ExpectForbiddenAsForNoEscalationAndStillActive(string action, string contact)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        var escalationId = await IncidentSteps.EscalateAsync(factory, incidentId);
        using var client = factory.ClientFor(contact);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var other = await Problem.ReadAsync(await client.PostAsync($"/escalations/{escalationId}/{action}", null));
        var missing = await Problem.ReadAsync(await client.PostAsync($"/escalations/999/{action}", null));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("unauthorized", other.Code);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
        var escalation = (await (await support.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("escalations")[0];
        Assert.Equal("active", escalation.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("cancel")]
    public async Task CloseEscalation_WhenItIsNoLongerActive_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var escalationId = await IncidentSteps.EscalateAsync(factory, await IncidentSteps.OwnIncidentAsync(factory));
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        await incidentManager.PostAsync($"/escalations/{escalationId}/resolve", null);

        var problem = await Problem.ReadAsync(await incidentManager.PostAsync($"/escalations/{escalationId}/{action}", null));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("resolve")]
    [InlineData("cancel")]
    public async Task CloseEscalation_WhenEscalationDoesNotExist_ExpectNotFoundNamingEscalationId(string action)
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostAsync($"/escalations/999/{action}", null));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("escalation_id", "not_found"), problem.FieldErrors);
    }
}
