using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ComponentEndpointsTests
{
    private const string PaymentsApi = """{"component_name":"payments-api","component_type":"api","environment":"production","product_id":"300","port_number":"8443"}""";

    [Fact]
    public async Task CreateComponent_WhenTechnicalSupportSendsValidComponent_ExpectCreatedAndOneAuditEntry()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var created = await support.PostJsonAsync("/components", PaymentsApi);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty((await created.ReadJsonAsync()).GetProperty("component_id").GetString()));
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task CreateComponent_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/components", PaymentsApi));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("""{"component_name":"payments-api","component_type":"api","environment":"prod"}""", "environment", "invalid")]
    [InlineData("""{"component_name":"payments-api","component_type":"api","environment":"staging","port_number":"70000"}""", "port_number", "invalid")]
    [InlineData("""{"component_type":"api","environment":"staging"}""", "component_name", "required")]
    [InlineData("""{"component_name":"Checkout-API","component_type":"api","environment":"staging","product_id":"300"}""", "component_name", "duplicate")]
    public async Task CreateComponent_WhenInputIsInvalid_ExpectProblemNamingTheFieldAndNothingCreated(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/components", body));

        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task CreateComponent_WhenProductDoesNotExist_ExpectNotFoundNamingProductId()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/components", """{"component_name":"payments-api","component_type":"api","environment":"production","product_id":"999"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("product_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateComponent_WhenTechnicalSupportDegradesIt_ExpectUpdatedComponentInWireForm()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var response = await support.PatchJsonAsync($"/components/{WebApiFactory.GlobexComponent}", """{"operational_status":"degraded","port_number":"9443"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("degraded", updated.GetProperty("operational_status").GetString());
        Assert.Equal(9443, updated.GetProperty("port_number").GetInt32());
        Assert.Equal("production", updated.GetProperty("environment").GetString());
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task UpdateComponent_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PatchJsonAsync($"/components/{WebApiFactory.InitechComponent}", """{"operational_status":"offline"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("""{"operational_status":"broken"}""", HttpStatusCode.BadRequest, "operational_status", "invalid")]
    [InlineData("""{"port_number":"0"}""", HttpStatusCode.BadRequest, "port_number", "invalid")]
    [InlineData("""{"component_name":"ledger-db","product_id":"301"}""", HttpStatusCode.Conflict, "component_name", "duplicate")]
    public async Task UpdateComponent_WhenChangeSetIsInvalid_ExpectProblemNamingTheField(string changeSet, HttpStatusCode status, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/components/{WebApiFactory.GlobexComponent}", changeSet));

        Assert.Equal(status, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateComponent_WhenComponentDoesNotExist_ExpectNotFoundNamingComponentId()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync("/components/999", """{"operational_status":"offline"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("component_id", "not_found"), problem.FieldErrors);
    }
}
