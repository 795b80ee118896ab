using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class UserEndpointsTests
{
    [Fact]
    public async Task RegisterUser_WhenIncidentManagerRegistersLinkedUser_ExpectCreatedAndReadable()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var created = await incidentManager.PostJsonAsync("/users", $$"""
            {"name":"Maria Account","email":"maria@example.com","role":"account_manager","client_id":"{{WebApiFactory.Northwind}}","timezone":"CET"}
            """);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.ReadJsonAsync()).GetProperty("user_id").GetString();
        var read = await (await incidentManager.GetAsync($"/users/{userId}")).ReadJsonAsync();
        Assert.Equal("account_manager", read.GetProperty("role").GetString());
        Assert.Equal(WebApiFactory.Northwind, read.GetProperty("client_id").GetString());
        Assert.Equal("CET", read.GetProperty("timezone").GetString());
        Assert.Equal("active", read.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UpdateUser_WhenAdministratorChangesRoleAndStatus_ExpectUpdatedRecord()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await admin.PatchJsonAsync($"/users/{WebApiFactory.TechnicalSupport}", """{"role":"incident_manager","status":"on_leave"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("incident_manager", updated.GetProperty("role").GetString());
        Assert.Equal("on_leave", updated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UpdateUser_WhenRoleIsNotInEnumeration_ExpectValidationProblemNamingRole()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/users/{WebApiFactory.TechnicalSupport}", """{"role":"superuser"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == "role");
    }

    [Fact]
    public async Task GetUser_WhenActorIsOnLeave_ExpectForbidden()
    {
        using var factory = new WebApiFactory();
        using var executive = factory.ClientFor(WebApiFactory.ExecutiveOnLeave);

        var problem = await Problem.ReadAsync(await executive.GetAsync($"/users/{WebApiFactory.Administrator}"));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("actor_not_active", problem.DenialReason);
    }
}
