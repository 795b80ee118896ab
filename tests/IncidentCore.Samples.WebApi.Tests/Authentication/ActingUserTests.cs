using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Authentication;

public sealed class ActingUserTests
{
    private const string Acme = """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""";

    [Fact]
    public async Task CreateClient_WhenNoActorHeaderIsSent_ExpectUnauthorizedAndNothingCreated()
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostJsonAsync("/clients", Acme);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task CreateClient_WhenHeaderNamesUnknownUser_ExpectForbiddenActorNotFound()
    {
        using var factory = new WebApiFactory();
        using var stranger = factory.ClientFor("404");

        var problem = await Problem.ReadAsync(await stranger.PostJsonAsync("/clients", Acme));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("actor_not_found", problem.DenialReason);
    }

    [Fact]
    public async Task CreateClient_WhenBodyClaimsAdministratorRole_ExpectRejectedAsUnknownField()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/clients",
            """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup","role":"system_administrator"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("role", "unknown_field"), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task CreateClient_WhenBodyNamesAnotherActor_ExpectRejectedAsUnknownField()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/clients",
            $$"""{"actor_user_id":"{{WebApiFactory.Administrator}}","client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("actor_user_id", "unknown_field"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateUser_WhenChangeSetNamesAnotherActor_ExpectRejectedAndUserUnchanged()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/users/{WebApiFactory.TechnicalSupport}",
            """{"actor_user_id":"4","role":"system_administrator"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("actor_user_id", "unknown_field"), problem.FieldErrors);
        var user = await (await admin.GetAsync($"/users/{WebApiFactory.TechnicalSupport}")).ReadJsonAsync();
        Assert.Equal("technical_support", user.GetProperty("role").GetString());
    }

    [Fact]
    public async Task RegisterUser_WhenTechnicalSupportRegistersAnAdministrator_ExpectForbidden()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/users", """{"name":"Mallory","email":"mallory@example.com","role":"system_administrator"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }
}
