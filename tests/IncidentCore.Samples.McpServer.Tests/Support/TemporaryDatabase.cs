namespace IncidentCore.Samples.McpServer.Tests.Support;

/// <summary>
/// A SQLite database file in a temporary folder that several server sessions open one after another, so one session
/// can check what another stored (an in-memory store ends with its process).
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    private int _sessions;

    public TemporaryDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("incidentcore-mcp-db-").FullName;
        Path = System.IO.Path.Combine(Folder, "incidents.db");
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Starts a session on this database with the standard seed file.</summary>
    public Task<McpServerSession> StartAsync(string actorUserId) => StartAsync(actorUserId, SeedData.Json);

    /// <summary>Starts a session on this database with a seed file of the given content.</summary>
    public Task<McpServerSession> StartAsync(string actorUserId, string seedJson) =>
        McpServerSession.StartAsync(actorUserId, seedJson, Path, NextFolder());

    /// <summary>A fresh folder for one more server run's seed file.</summary>
    public string NextFolder() => System.IO.Path.Combine(Folder, $"run-{Interlocked.Increment(ref _sessions)}");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A database file still closing; the temporary folder is left for the system to clear.
        }
    }
}
