using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>A SQLite database file in a folder of its own under the system temp folder, deleted on dispose.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("incidentcore-webapi-").FullName;

    public TemporaryDatabase() => ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "incidents.db") }.ToString();

    public string ConnectionString { get; }

    /// <summary>Runs a query on its own connection and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left to the system's temp cleanup.
        }
    }
}
