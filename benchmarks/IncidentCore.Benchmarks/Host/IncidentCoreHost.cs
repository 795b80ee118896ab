extern alias WebApiSample;

using WebApiSample::IncidentCore.Samples.WebApi;

namespace IncidentCore.Benchmarks.Host;

/// <summary>
/// The web API sample as it ships (every endpoint, authentication, problem details, the rate limiter switched off),
/// on its SQLite option with a new database file: <c>POST /clients</c> runs IncidentCore's client onboarding.
/// </summary>
internal static class IncidentCoreHost
{
    public static Task<LoopbackHost> StartAsync()
    {
        var (folder, connectionString) = LoopbackHost.NewDatabase();
        var app = WebApiApplication.Build(
        [
            .. LoopbackHost.CommonArguments,
            "--Storage:Provider=sqlite",
            "--Storage:ConnectionString=" + connectionString,
            "--RateLimiting:Enabled=false",
        ]);
        return LoopbackHost.StartAsync(app, folder);
    }
}
