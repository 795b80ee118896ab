using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Problems;

public sealed class HaltProblemTests
{
    [Fact]
    public async Task CreateClient_WhenRequiredFieldsAreMissing_ExpectBadRequestListingEveryField()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/clients", """{"country":"Czech Republic"}"""));

        AssertProblem(problem, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["client_name", "registration_number", "contact_email", "client_type"], problem.FieldErrors.Select(e => e.Field));
        Assert.All(problem.FieldErrors, e => Assert.Equal("required", e.Code));
        Assert.True(problem.Body.GetProperty("errors").TryGetProperty("contact_email", out _));
    }

    [Fact]
    public async Task CreateClient_WhenRoleMayNotOnboard_ExpectForbiddenWithDenialReason()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/clients", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}"""));

        AssertProblem(problem, HttpStatusCode.Forbidden, "unauthorized");
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Fact]
    public async Task UpdateUser_WhenUserDoesNotExist_ExpectNotFound()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync("/users/999", """{"status":"inactive"}"""));

        AssertProblem(problem, HttpStatusCode.NotFound, "not_found");
        Assert.Contains(("user_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task RegisterUser_WhenEmailIsTakenInAnotherCase_ExpectConflictWithDuplicateCode()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/users", """{"name":"Someone","email":"  USER3@example.com ","role":"executive"}"""));

        AssertProblem(problem, HttpStatusCode.Conflict, "duplicate");
        Assert.Contains(("email", "duplicate"), problem.FieldErrors);
    }

    [Fact]
    public async Task UpdateClient_WhenEveryCommitLosesARace_ExpectConflict()
    {
        using var factory = new WebApiFactory(store => new AlwaysConflictingStore(store));
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/clients/{WebApiFactory.Northwind}", """{"status":"inactive"}"""));

        AssertProblem(problem, HttpStatusCode.Conflict, "conflict");
    }

    [Fact]
    public async Task CreateVendor_WhenStoreIsDown_ExpectServiceUnavailable()
    {
        using var factory = new WebApiFactory(_ => new FailingStore());
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/vendors", """{"vendor_name":"CloudCo","vendor_email":"support@cloudco.example","vendor_phone":"+17136387543","vendor_type":"cloud_provider"}"""));

        AssertProblem(problem, HttpStatusCode.ServiceUnavailable, "storage_failure");
        Assert.DoesNotContain("unreachable", problem.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"client_name":"Acme","registration_number":"R","contact_email":"a@b.example","client_type":"Mid-Market"}""", "client_type", "invalid")]
    [InlineData("""{"client_name":"Acme","registration_number":"R","contact_email":"a@b.example","client_type":"startup","tier":"gold"}""", "tier", "unknown_field")]
    [InlineData("""{"client_name":42,"registration_number":"R","contact_email":"a@b.example","client_type":"startup"}""", "client_name", "invalid")]
    [InlineData("""{"client_name":"Acme",""", "body", "invalid")]
    [InlineData("""["client_name"]""", "body", "invalid")]
    public async Task CreateClient_WhenBodyIsMalformed_ExpectBadRequestNamingTheField(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/clients", body));

        AssertProblem(problem, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task UpdateClient_WhenChangeSetValueIsNotAString_ExpectBadRequestNamingTheField()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.PatchJsonAsync($"/clients/{WebApiFactory.Northwind}", """{"status":{"value":"inactive"}}"""));

        AssertProblem(problem, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    private static void AssertProblem(Problem problem, HttpStatusCode status, string code)
    {
        Assert.Equal(status, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal(code, problem.Code);
        Assert.Equal((int)status, problem.Body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.Body.GetProperty("detail").GetString()));
    }
}
