using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ProductEndpointsTests
{
    private const string Storefront = """{"product_name":"Storefront","product_type":"web_application","version":"4.2","support_vendor_id":"200"}""";

    [Fact]
    public async Task CreateProduct_WhenTechnicalSupportSendsValidProduct_ExpectCreatedAndOneAuditEntry()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var created = await support.PostJsonAsync("/products", Storefront);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty((await created.ReadJsonAsync()).GetProperty("product_id").GetString()));
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task CreateProduct_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/products", Storefront));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("""{"product_type":"web_application"}""", "product_name", "required")]
    [InlineData("""{"product_name":"Storefront","product_type":"web_application","status":"retired"}""", "status", "invalid")]
    [InlineData("""{"product_name":"Globex  storefront","product_type":"web_application"}""", "product_name", "duplicate")]
    public async Task CreateProduct_WhenInputIsInvalid_ExpectProblemNamingTheFieldAndNothingCreated(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/products", body));

        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task CreateProduct_WhenSupportVendorDoesNotExist_ExpectNotFoundNamingSupportVendorId()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/products", """{"product_name":"Storefront","product_type":"web_application","support_vendor_id":"999"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("support_vendor_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateProduct_WhenAdministratorSendsChangeSet_ExpectUpdatedProductInWireForm()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await admin.PatchJsonAsync($"/products/{WebApiFactory.GlobexProduct}", """{"status":"end_of_life","version":"5.0"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("end_of_life", updated.GetProperty("status").GetString());
        Assert.Equal("5.0", updated.GetProperty("version").GetString());
        Assert.Equal(WebApiFactory.Globex, updated.GetProperty("support_vendor_id").GetString());
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task UpdateProduct_WhenActorIsAContact_ExpectForbiddenAndUnchanged(string contact)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(contact);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await client.PatchJsonAsync($"/products/{WebApiFactory.GlobexProduct}", """{"status":"deprecated"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
        var unchanged = await (await admin.PatchJsonAsync($"/products/{WebApiFactory.GlobexProduct}", """{"version":"1"}""")).ReadJsonAsync();
        Assert.Equal("active", unchanged.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"status":"retired"}""", "status")]
    [InlineData("""{"product_name":null}""", "product_name")]
    [InlineData("""{"created_at":"2025-01-01T00:00:00Z"}""", "created_at")]
    [InlineData("""{}""", "change_set")]
    public async Task UpdateProduct_WhenChangeSetIsInvalid_ExpectValidationProblemNamingTheField(string changeSet, string field)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/products/{WebApiFactory.GlobexProduct}", changeSet));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateProduct_WhenProductDoesNotExist_ExpectNotFoundNamingProductId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PatchJsonAsync("/products/999", """{"status":"deprecated"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("product_id", "not_found"), problem.FieldErrors);
    }
}
