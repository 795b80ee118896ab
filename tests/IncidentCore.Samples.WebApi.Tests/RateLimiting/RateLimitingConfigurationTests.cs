using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.RateLimiting;

/// <summary>Rate limiting switched on and off through configuration keys alone, as a load test or an operator would.</summary>
public sealed class RateLimitingConfigurationTests
{
    [Fact]
    public async Task Requests_WhenRateLimitingEnabledIsFalseInConfiguration_AreNeverTooManyRequests()
    {
        using var factory = new ConfiguredWebApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["RateLimiting:PermitLimitPerActor"] = "1",
            ["RateLimiting:PermitLimitPerAddress"] = "1",
        });
        using var admin = factory.ClientFor("1");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await admin.GetAsync("/users/1")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Requests_WhenOnlyTheLimitIsConfigured_AreLimited()
    {
        using var factory = new ConfiguredWebApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitLimitPerActor"] = "1",
        });
        using var admin = factory.ClientFor("1");

        var first = await admin.GetAsync("/users/1");
        var second = await admin.GetAsync("/users/1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }
}
