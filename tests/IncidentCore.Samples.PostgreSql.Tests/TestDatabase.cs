using Npgsql;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests run against, named by the INCIDENTCORE_POSTGRES environment variable. Every
/// test works in a schema of its own, so tests never see each other's rows and the database needs no cleaning.
/// </summary>
internal static class TestDatabase
{
    public const string Variable = "INCIDENTCORE_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL tests cannot run, or <see langword="null"/> when a server is configured.</summary>
    public static string? SkipReason => ConnectionString is null
        ? $"No PostgreSQL server configured. Set {Variable} to an Npgsql connection string (for example "
          + $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=incidentcore\") and run dotnet test again, "
          + "or run .ci/run, which starts a private PostgreSQL server and runs these tests against it."
        : null;

    /// <summary>Creates a new empty schema; returns its name and a connection string whose search path is that schema.</summary>
    public static (string Schema, string ConnectionString) CreateSchema()
    {
        var schema = $"test_{Guid.NewGuid():N}";
        Execute($"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(Required) { SearchPath = schema };
        return (schema, builder.ConnectionString);
    }

    public static void DropSchema(string schema) => Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    /// <summary>Runs a query that returns one number.</summary>
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Required => ConnectionString ?? throw new InvalidOperationException(SkipReason);

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Required) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
