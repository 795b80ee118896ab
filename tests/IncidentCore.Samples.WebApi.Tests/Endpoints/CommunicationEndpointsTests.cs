using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class CommunicationEndpointsTests
{
    [Fact]
    public async Task RecordCommunication_WhenVendorContactWritesToTheClientContact_ExpectCreatedPendingAndSentByTheActor()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);

        var created = await contact.PostJsonAsync($"/incidents/{incidentId}/communications",
            $$"""{"recipient_id":"{{WebApiFactory.NorthwindContact}}","recipient_type":"client_contacts","communication_type":"update","delivery_method":"email"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var communicationId = (await created.ReadJsonAsync()).GetProperty("communication_id").GetString();
        var communication = (await (await contact.GetAsync($"/incidents/{incidentId}")).ReadJsonAsync()).GetProperty("communications")[0];
        Assert.Equal(communicationId, communication.GetProperty("communication_id").GetString());
        Assert.Equal(WebApiFactory.GlobexContact, communication.GetProperty("sender_id").GetString());
        Assert.Equal("pending", communication.GetProperty("delivery_status").GetString());
        Assert.Equal(JsonValueKind.Null, communication.GetProperty("sent_at").ValueKind);
    }

    [Fact]
    public async Task RecordCommunication_WhenClientContactRecordsOne_ExpectForbiddenRoleNotPermitted()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var problem = await Problem.ReadAsync(await contact.PostJsonAsync($"/incidents/{incidentId}/communications",
            """{"recipient_type":"all_stakeholders","communication_type":"update","delivery_method":"email"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Fact]
    public async Task RecordCommunication_WhenVendorContactRecordsOnAnotherVendorsIncident_ExpectForbiddenAsForNoIncident()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);
        const string body = """{"recipient_type":"technical_team","communication_type":"update","delivery_method":"chat"}""";

        var other = await Problem.ReadAsync(await contact.PostJsonAsync($"/incidents/{incidentId}/communications", body));
        var missing = await Problem.ReadAsync(await contact.PostJsonAsync("/incidents/999/communications", body));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_vendor", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Theory]
    [InlineData("""{"communication_type":"update","delivery_method":"email"}""", "recipient_id")]
    [InlineData("""{"recipient_type":"technical_team","communication_type":"update","delivery_method":"pigeon"}""", "delivery_method")]
    [InlineData("""{"recipient_type":"everyone","communication_type":"update","delivery_method":"email"}""", "recipient_type")]
    [InlineData("""{"recipient_id":"7","communication_type":"update","delivery_method":"email"}""", "recipient_id")]
    public async Task RecordCommunication_WhenInputIsInvalid_ExpectValidationProblemNamingTheField(string body, string field)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/communications", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RecordCommunication_WhenIncidentDoesNotExist_ExpectNotFoundNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/incidents/999/communications",
            """{"recipient_type":"technical_team","communication_type":"update","delivery_method":"email"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateDelivery_WhenTheSenderMarksItSentThenDelivered_ExpectSentAtSetOnce()
    {
        using var factory = new WebApiFactory();
        var communicationId = await IncidentSteps.RecordCommunicationAsync(factory, await IncidentSteps.OwnIncidentAsync(factory));
        using var sender = factory.ClientFor(WebApiFactory.IncidentManager);

        var sent = await (await sender.PatchJsonAsync($"/communications/{communicationId}", """{"delivery_status":"sent"}""")).ReadJsonAsync();
        var delivered = await sender.PatchJsonAsync($"/communications/{communicationId}", """{"delivery_status":"delivered"}""");

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var communication = await delivered.ReadJsonAsync();
        Assert.Equal("delivered", communication.GetProperty("delivery_status").GetString());
        Assert.Equal(sent.GetProperty("sent_at").GetString(), communication.GetProperty("sent_at").GetString());
        Assert.NotEqual(JsonValueKind.Null, communication.GetProperty("sent_at").ValueKind);
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task UpdateDelivery_WhenAContactWhoDidNotSendItUpdatesIt_ExpectForbiddenAsForNoCommunication(string contact)
    {
        using var factory = new WebApiFactory();
        var communicationId = await IncidentSteps.RecordCommunicationAsync(factory, await IncidentSteps.OutsiderIncidentAsync(factory));
        using var client = factory.ClientFor(contact);

        var other = await Problem.ReadAsync(await client.PatchJsonAsync($"/communications/{communicationId}", """{"delivery_status":"sent"}"""));
        var missing = await Problem.ReadAsync(await client.PatchJsonAsync("/communications/999", """{"delivery_status":"sent"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("unauthorized", other.Code);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Theory]
    [InlineData("""{"delivery_status":"delivered"}""", "delivery_status", "invalid")]
    [InlineData("""{"delivery_status":"read"}""", "delivery_status", "invalid")]
    [InlineData("""{}""", "delivery_status", "required")]
    [InlineData("""{"delivery_status":"sent","sent_at":"2025-09-25T12:00:00Z"}""", "sent_at", "unknown_field")]
    public async Task UpdateDelivery_WhenStatusIsMissingInvalidOrSkipsSent_ExpectValidationProblemNamingTheField(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        var communicationId = await IncidentSteps.RecordCommunicationAsync(factory, await IncidentSteps.OwnIncidentAsync(factory));
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PatchJsonAsync($"/communications/{communicationId}", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(2, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateDelivery_WhenCommunicationDoesNotExist_ExpectNotFoundNamingCommunicationId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PatchJsonAsync("/communications/999", """{"delivery_status":"sent"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("communication_id", "not_found"), problem.FieldErrors);
    }
}
