using System.Net;
using IncidentCore.Ports;
using IncidentCore.Samples.WebApi.RateLimiting;
using IncidentCore.Samples.WebApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncidentCore.Samples.WebApi.Tests.RateLimiting;

public sealed class RateLimitingTests
{
    private const string Cloud = """{"vendor_name":"CloudCo","vendor_email":"support@cloudco.example","vendor_phone":"+1 713-638-7543","vendor_type":"cloud_provider"}""";
    private static readonly TimeSpan LongWindow = TimeSpan.FromHours(1);

    [Fact]
    public async Task Request_WhenTheActorExceedsItsLimit_ExpectTooManyRequestsAsProblemDetails()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 3, 1_000, LongWindow) };
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await support.GetAsync($"/clients/{WebApiFactory.Northwind}")).StatusCode);
        }

        var rejected = await support.GetAsync($"/clients/{WebApiFactory.Northwind}");
        var problem = await Problem.ReadAsync(rejected);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal(ApiRateLimiting.ProblemCode, problem.Code);
        Assert.Equal(429, problem.Body.GetProperty("status").GetInt32());
        Assert.True(rejected.Headers.RetryAfter is not null, "a 429 tells when to retry");
    }

    [Fact]
    public async Task DeniedCalls_WhenTheActorExceedsItsLimit_ExpectNoMoreAuditEntries()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 2, 1_000, LongWindow) };
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await support.PostJsonAsync("/vendors", Cloud)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 8)], statuses);
        Assert.Equal(2, await AuditEntriesAsync(factory));
    }

    [Fact]
    public async Task DeniedIncidentReports_WhenTheActorExceedsItsLimit_ExpectTooManyRequestsAndNoMoreAuditEntries()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 2, 1_000, LongWindow) };
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await contact.PostJsonAsync("/incidents", IncidentSteps.ReportBody(WebApiFactory.Contoso, WebApiFactory.InitechComponent))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], statuses);
        Assert.Equal(2, await AuditEntriesAsync(factory));
    }

    [Fact]
    public async Task DeniedChangeRequests_WhenTheActorExceedsItsLimit_ExpectTooManyRequestsAndNoMoreAuditEntries()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 2, 1_000, LongWindow) };
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await contact.PostJsonAsync("/changes", ApprovalSteps.ChangeBody("normal", "low"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], statuses);
        Assert.Equal(2, await AuditEntriesAsync(factory));
    }

    [Fact]
    public async Task Request_WhenAnotherActorUsedUpItsLimit_ExpectThisActorServed()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 2, 1_000, LongWindow) };
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        using var manager = factory.ClientFor(WebApiFactory.IncidentManager);
        for (var i = 0; i < 2; i++)
        {
            await support.GetAsync($"/clients/{WebApiFactory.Northwind}");
        }

        var limited = await support.GetAsync($"/clients/{WebApiFactory.Northwind}");
        var other = await manager.GetAsync($"/clients/{WebApiFactory.Northwind}");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Request_WhenTheAddressExceedsItsLimitAcrossActors_ExpectTooManyRequests()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress, o.Window) = (true, 1_000, 3, LongWindow) };
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        using var manager = factory.ClientFor(WebApiFactory.IncidentManager);
        using var anonymous = factory.CreateClient();

        var served = new[]
        {
            (await support.GetAsync($"/clients/{WebApiFactory.Northwind}")).StatusCode,
            (await manager.GetAsync($"/clients/{WebApiFactory.Northwind}")).StatusCode,
            (await anonymous.GetAsync($"/clients/{WebApiFactory.Northwind}")).StatusCode,
        };
        var limited = await manager.GetAsync($"/clients/{WebApiFactory.Northwind}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized], served);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Request_WhenRateLimitingIsSwitchedOff_ExpectNeverTooManyRequests()
    {
        using var factory = new WebApiFactory { RateLimiting = o => (o.Enabled, o.PermitLimitPerActor, o.PermitLimitPerAddress) = (false, 1, 1) };
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await support.GetAsync($"/clients/{WebApiFactory.Northwind}")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public void Options_FromTheSampleSettings_ExpectRateLimitingOnByDefault()
    {
        using var factory = new WebApiFactory { RateLimiting = _ => { } };

        var options = factory.Services.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;

        Assert.True(options.Enabled);
        Assert.Equal(120, options.PermitLimitPerActor);
        Assert.Equal(600, options.PermitLimitPerAddress);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Window);
    }

    [Fact]
    public void Options_WhenALimitIsNotPositive_ExpectTheHostRefusesToStart()
    {
        using var factory = new WebApiFactory { RateLimiting = o => o.PermitLimitPerActor = 0 };

        Assert.Throws<OptionsValidationException>(() => factory.Services);
    }

    private static async Task<long> AuditEntriesAsync(WebApiFactory factory)
    {
        await using var work = await factory.Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await work.AuditTrail.CountAsync();
    }
}
