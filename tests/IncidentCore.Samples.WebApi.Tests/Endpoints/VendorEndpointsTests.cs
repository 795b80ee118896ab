using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class VendorEndpointsTests
{
    [Fact]
    public async Task CreateVendor_WhenIncidentManagerRegistersVendor_ExpectCreatedWithNormalisedPhone()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var created = await incidentManager.PostJsonAsync("/vendors", """
            {"vendor_name":"CloudCo","vendor_email":"support@cloudco.example","vendor_phone":"+1 713-638-7543","vendor_type":"cloud_provider"}
            """);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var vendorId = (await created.ReadJsonAsync()).GetProperty("vendor_id").GetString();
        var read = await (await incidentManager.GetAsync($"/vendors/{vendorId}")).ReadJsonAsync();
        Assert.Equal("CloudCo", read.GetProperty("vendor_name").GetString());
        Assert.Equal("cloud_provider", read.GetProperty("vendor_type").GetString());
        Assert.Equal("+17136387543", read.GetProperty("contact_phone").GetString());
        Assert.Equal("support@cloudco.example", read.GetProperty("contact_email").GetString());
    }

    [Fact]
    public async Task CreateVendor_WhenExecutiveIsOnLeave_ExpectForbiddenAndNoVendor()
    {
        using var factory = new WebApiFactory();
        using var executive = factory.ClientFor(WebApiFactory.ExecutiveOnLeave);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await executive.PostJsonAsync("/vendors", """
            {"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+44 20 7946 0958","vendor_type":"payment_processor"}
            """));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("actor_not_active", problem.DenialReason);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/vendors/1")).StatusCode);
    }

    [Fact]
    public async Task UpdateVendor_WhenIncidentManagerSendsChangeSet_ExpectUpdatedRecordAndOneAuditEntry()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var response = await incidentManager.PatchJsonAsync($"/vendors/{WebApiFactory.Globex}", """{"status":"suspended","contact_phone":"+1 (512) 555-0199"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("suspended", updated.GetProperty("status").GetString());
        Assert.Equal("+15125550199", updated.GetProperty("contact_phone").GetString());
        Assert.Equal(1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateVendor_WhenActorIsTechnicalSupport_ExpectForbiddenAndUnchanged()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PatchJsonAsync($"/vendors/{WebApiFactory.Globex}", """{"status":"inactive"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
        var vendor = await (await support.GetAsync($"/vendors/{WebApiFactory.Globex}")).ReadJsonAsync();
        Assert.Equal("active", vendor.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UpdateVendor_WhenNameBelongsToAnotherVendor_ExpectConflictNamingVendorName()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/vendors/{WebApiFactory.Globex}", """{"vendor_name":" initech "}"""));

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Equal("duplicate", problem.Code);
        Assert.Contains(("vendor_name", "duplicate"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("""{"vendor_type":"spaceship"}""", "vendor_type")]
    [InlineData("""{"vendor_email":"new@globex.example"}""", "vendor_email")]
    [InlineData("""{"vendor_name":null}""", "vendor_name")]
    [InlineData("""{}""", "change_set")]
    public async Task UpdateVendor_WhenChangeSetIsInvalid_ExpectValidationProblemNamingTheField(string changeSet, string field)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/vendors/{WebApiFactory.Globex}", changeSet));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateVendor_WhenVendorDoesNotExist_ExpectNotFoundNamingVendorId()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync("/vendors/999", """{"status":"inactive"}"""));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("vendor_id", "not_found"), problem.FieldErrors);
    }
}
