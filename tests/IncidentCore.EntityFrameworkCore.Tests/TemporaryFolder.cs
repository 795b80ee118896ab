namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A folder of its own under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("incidentcore-efcore-").FullName;

    public string NewDatabasePath() => System.IO.Path.Combine(Path, $"{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left to the system's temp cleanup.
        }
    }
}
