using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

/// <summary>The read endpoints go through the library's governed reads: association rules hold, a denial never reveals existence, nothing is audited.</summary>
public sealed class GovernedReadTests
{
    [Fact]
    public async Task GetClient_WhenClientContactReadsAnotherClient_ExpectForbiddenAsForNoClientAndOwnClientReadable()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var other = await Problem.ReadAsync(await contact.GetAsync($"/clients/{WebApiFactory.Contoso}"));
        var missing = await Problem.ReadAsync(await contact.GetAsync("/clients/999"));
        var own = await contact.GetAsync($"/clients/{WebApiFactory.Northwind}");

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_client", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Northwind", (await own.ReadJsonAsync()).GetProperty("client_name").GetString());
    }

    [Fact]
    public async Task GetVendor_WhenVendorContactReadsAnotherVendor_ExpectForbiddenAsForNoVendorAndOwnVendorReadable()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);

        var other = await Problem.ReadAsync(await contact.GetAsync($"/vendors/{WebApiFactory.Initech}"));
        var missing = await Problem.ReadAsync(await contact.GetAsync("/vendors/999"));
        var own = await contact.GetAsync($"/vendors/{WebApiFactory.Globex}");

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_vendor", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task FindUserByEmail_WhenClientContactAsksForAnOutsiderOrAnUnusedEmail_ExpectIdenticalDenial()
    {
        using var factory = new WebApiFactory();
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var outsider = await Problem.ReadAsync(await contact.GetAsync($"/users?email={Uri.EscapeDataString($"USER{WebApiFactory.TechnicalSupport}@example.com")}"));
        var nobody = await Problem.ReadAsync(await contact.GetAsync("/users?email=nobody.at.all%40example.com"));
        var colleague = await contact.GetAsync($"/users?email=user{WebApiFactory.AccountManager}%40example.com");

        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
        Assert.Equal("unauthorized", outsider.Code);
        Assert.Equal(ProblemComparison.WithoutTraceId(outsider), ProblemComparison.WithoutTraceId(nobody));
        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Equal(WebApiFactory.AccountManager, (await colleague.ReadJsonAsync()).GetProperty("user_id").GetString());
    }

    [Fact]
    public async Task Reads_WhenStaffReadEveryKind_ExpectRecordsAndNotFoundOnlyForStaff()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var client = await support.GetAsync($"/clients/{WebApiFactory.Contoso}");
        var vendor = await support.GetAsync($"/vendors/{WebApiFactory.Initech}");
        var user = await support.GetAsync($"/users/{WebApiFactory.NorthwindContact}");
        var byEmail = await support.GetAsync($"/users?email=user{WebApiFactory.GlobexContact}%40example.com");
        var missing = await Problem.ReadAsync(await support.GetAsync("/users?email=nobody.at.all%40example.com"));

        Assert.Equal(HttpStatusCode.OK, client.StatusCode);
        Assert.Equal(HttpStatusCode.OK, vendor.StatusCode);
        Assert.Equal("client_contact", (await user.ReadJsonAsync()).GetProperty("role").GetString());
        Assert.Equal(WebApiFactory.Globex, (await byEmail.ReadJsonAsync()).GetProperty("vendor_id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains(("email", "not_found"), missing.FieldErrors);
    }

    [Fact]
    public async Task Reads_WhenRecordsAreReadOrRefused_ExpectNoAuditEntry()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var responses = new[]
        {
            await support.GetAsync($"/clients/{WebApiFactory.Northwind}"),
            await support.GetAsync($"/users/{WebApiFactory.Administrator}"),
            await support.GetAsync($"/vendors/{WebApiFactory.Globex}"),
            await contact.GetAsync($"/clients/{WebApiFactory.Contoso}"),
            await contact.GetAsync("/users?email=ada%40example.com"),
            await support.GetAsync("/audit-trail"),
        };

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            responses.Select(r => r.StatusCode));
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task FindUserByEmail_WhenEmailIsMissingOrMalformed_ExpectValidationProblemNamingEmail()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var missing = await Problem.ReadAsync(await support.GetAsync("/users"));
        var malformed = await Problem.ReadAsync(await support.GetAsync("/users?email=not-an-email"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains(("email", "required"), missing.FieldErrors);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Contains(malformed.FieldErrors, e => e.Field == "email");
    }
}
