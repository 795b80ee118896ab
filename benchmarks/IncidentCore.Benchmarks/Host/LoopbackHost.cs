using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Benchmarks.Host;

/// <summary>
/// A web application started on Kestrel at 127.0.0.1 on a free port, with its database in a folder of its own;
/// disposing it stops the application and deletes the folder.
/// </summary>
internal sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private LoopbackHost(WebApplication app, string folder, Uri baseAddress)
    {
        _app = app;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the application listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The arguments both applications are built with: Development, loopback on a free port, warnings and errors logged only.</summary>
    public static string[] CommonArguments { get; } =
    [
        "--environment", "Development",
        "--urls", "http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>A new folder for a host's database, and the connection string of a database file in it.</summary>
    public static (string Folder, string ConnectionString) NewDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("incidentcore-host-load-").FullName;
        return (folder, new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "incidents.db") }.ToString());
    }

    /// <summary>Starts the application and finds the port it was given.</summary>
    public static async Task<LoopbackHost> StartAsync(WebApplication app, string folder)
    {
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Urls.Single());
        if (!System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(address.Host)))
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The host listens on {address}, not on loopback.");
        }

        return new LoopbackHost(app, folder, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
