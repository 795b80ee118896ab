using IncidentCore.Hosting;
using IncidentCore.Samples.PostgreSql.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL storage sample with IncidentCore.</summary>
public static class PostgreSqlIncidentCoreBuilderExtensions
{
    /// <summary>
    /// Stores clients, users, vendors, the incident domain and the audit trail in PostgreSQL, creating the schema on first use. Any number of
    /// processes may use the same database at once.
    /// </summary>
    /// <param name="builder">The IncidentCore builder.</param>
    /// <param name="connectionString">An Npgsql connection string; <c>Search Path=...</c> picks the schema.</param>
    /// <returns>The builder.</returns>
    public static IncidentCoreBuilder UsePostgreSqlStore(this IncidentCoreBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseStore(_ => new PostgreSqlIncidentStore(connectionString), _ => new GuidIdGenerator());
    }
}
