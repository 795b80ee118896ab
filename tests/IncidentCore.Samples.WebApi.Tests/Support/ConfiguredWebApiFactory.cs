using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>
/// Hosts the web API exactly as configured, with nothing replaced: the given settings are host settings (read
/// while the application is built) and configuration that overrides appsettings.json.
/// </summary>
public sealed class ConfiguredWebApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public HttpClient ClientFor(string actorUserId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Actor-User-Id", actorUserId);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }
}
