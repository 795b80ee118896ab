using IncidentCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// The PostgreSQL server the tests run against, named by the INCIDENTCORE_POSTGRES environment variable. Every test
/// works in a schema of its own (the connection's search path), so tests never see each other's rows.
/// </summary>
internal static class PostgreSqlDatabase
{
    public const string Variable = "INCIDENTCORE_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL tests cannot run, or <see langword="null"/> when a server is configured.</summary>
    public static string? SkipReason => ConnectionString is null
        ? $"No PostgreSQL server configured. Set {Variable} to an Npgsql connection string (for example "
          + $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=incidentcore\") and run dotnet test again, "
          + "or run .ci/run, which starts a private PostgreSQL server and runs these tests against it."
        : null;

    private static string Required => ConnectionString ?? throw new InvalidOperationException(SkipReason);

    /// <summary>Creates a new empty schema; returns its name and a connection string whose search path is that schema.</summary>
    public static (string Schema, string ConnectionString) CreateSchema()
    {
        var schema = $"efcore_{Guid.NewGuid():N}";
        Execute($"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(Required) { SearchPath = schema };
        return (schema, builder.ConnectionString);
    }

    /// <summary>Creates a schema with the host's tables and IncidentCore's in it (from the model, as EnsureCreated would in an empty database).</summary>
    public static (string Schema, string ConnectionString) CreateSchemaWithTables()
    {
        var (schema, connectionString) = CreateSchema();
        using var context = new HostDbContext(new DbContextOptionsBuilder<HostDbContext>().UseNpgsql(connectionString).Options);
        context.GetService<IRelationalDatabaseCreator>().CreateTables();
        return (schema, connectionString);
    }

    public static EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder, string connectionString)
    {
        builder.Services.AddDbContext<HostDbContext>(options => options.UseNpgsql(connectionString));
        return builder.AddEntityFrameworkStores<HostDbContext>().UsePostgreSqlErrorClassifier();
    }

    /// <summary>Closes the pooled connections of a schema's connection string and drops the schema.</summary>
    public static void DropSchema(string schema, string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    /// <summary>Runs a query that returns one number.</summary>
    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Required) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
