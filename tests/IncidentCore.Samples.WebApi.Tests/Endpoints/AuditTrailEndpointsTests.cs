using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class AuditTrailEndpointsTests
{
    [Fact]
    public async Task ReadAuditTrail_WhenAdministratorPagesThroughIt_ExpectEveryCallOncePersonalValuesNever()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);
        await admin.PostJsonAsync("/clients", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""");
        await admin.PatchJsonAsync($"/clients/{WebApiFactory.Northwind}", """{"status":"inactive"}""");
        await admin.PatchJsonAsync($"/users/{WebApiFactory.TechnicalSupport}", """{"status":"inactive"}""");

        var first = await (await admin.GetAsync("/audit-trail?take=2")).ReadJsonAsync();
        var nextAfter = first.GetProperty("next_after").GetString();
        var second = await (await admin.GetAsync($"/audit-trail?after={Uri.EscapeDataString(nextAfter!)}&take=2")).ReadJsonAsync();

        Assert.Equal(2, first.GetProperty("entries").GetArrayLength());
        Assert.Equal(first.GetProperty("entries")[1].GetProperty("audit_id").GetString(), nextAfter);
        Assert.Equal(1, second.GetProperty("entries").GetArrayLength());
        Assert.Equal(nextAfter, second.GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
        var entries = first.GetProperty("entries").EnumerateArray().Concat(second.GetProperty("entries").EnumerateArray()).ToList();
        Assert.Equal(["create", "update", "update"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(WebApiFactory.Administrator, e.GetProperty("actor_user_id").GetString()));
        Assert.DoesNotContain("hello@acme.example", first.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAuditTrail_WhenAfterIsNotAnAuditId_ExpectEmptyPageWithoutNext()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);
        await admin.PatchJsonAsync($"/clients/{WebApiFactory.Northwind}", """{"status":"inactive"}""");

        var page = await (await admin.GetAsync("/audit-trail?after=no-such-entry&take=10")).ReadJsonAsync();

        Assert.Equal(0, page.GetProperty("entries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next_after").ValueKind);
    }

    [Fact]
    public async Task ReadAuditTrail_WhenActorIsNotAdministrator_ExpectForbidden()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.GetAsync("/audit-trail"));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("/audit-trail?take=0", "take")]
    [InlineData("/audit-trail?take=101", "take")]
    [InlineData("/audit-trail?after=", "after")]
    [InlineData("/audit-trail?take=ten", "take")]
    public async Task ReadAuditTrail_WhenPageIsOutOfRange_ExpectValidationProblemNamingParameter(string path, string field)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.GetAsync(path));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
    }
}
