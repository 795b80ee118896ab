using System.Globalization;
using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

/// <summary>An id in the path of a change or rollback endpoint is an input like any other: one the library cannot accept is refused naming the id field.</summary>
public sealed class ApprovalPathIdTests
{
    private static readonly string TooLong = new('7', 65);

    [Theory]
    [InlineData("GET", "/changes/{0}", WebApiFactory.Executive, "change_id")]
    [InlineData("POST", "/changes/{0}/approve", WebApiFactory.Executive, "change_id")]
    [InlineData("POST", "/changes/{0}/reject", WebApiFactory.Executive, "change_id")]
    [InlineData("POST", "/changes/{0}/schedule", WebApiFactory.TechnicalSupport, "change_id")]
    [InlineData("POST", "/changes/{0}/start", WebApiFactory.TechnicalSupport, "change_id")]
    [InlineData("POST", "/changes/{0}/complete", WebApiFactory.TechnicalSupport, "change_id")]
    [InlineData("POST", "/changes/{0}/fail", WebApiFactory.TechnicalSupport, "change_id")]
    [InlineData("GET", "/rollbacks/{0}", WebApiFactory.Executive, "rollback_id")]
    [InlineData("POST", "/rollbacks/{0}/approve", WebApiFactory.IncidentManager, "rollback_id")]
    [InlineData("POST", "/rollbacks/{0}/reject", WebApiFactory.IncidentManager, "rollback_id")]
    [InlineData("POST", "/rollbacks/{0}/start", WebApiFactory.TechnicalSupport, "rollback_id")]
    [InlineData("POST", "/rollbacks/{0}/complete", WebApiFactory.TechnicalSupport, "rollback_id")]
    [InlineData("POST", "/rollbacks/{0}/fail", WebApiFactory.TechnicalSupport, "rollback_id")]
    public async Task ApprovalEndpoint_WhenThePathIdIsTooLong_ExpectValidationProblemNamingTheIdFieldAndNothingAudited(string method, string pathFormat, string actor, string field)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(actor);
        var path = string.Format(CultureInfo.InvariantCulture, pathFormat, TooLong);
        var body = pathFormat.EndsWith("/schedule", StringComparison.Ordinal)
            ? """{"scheduled_start_time":"2099-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T23:00:00Z"}"""
            : "{}";

        var response = method == "GET" ? await client.GetAsync(path) : await client.PostJsonAsync(path, body);
        var problem = await Problem.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal([field], problem.FieldErrors.Select(e => e.Field).Distinct());
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }
}
