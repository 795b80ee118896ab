using IncidentCore.Hosting;
using IncidentCore.Samples.Sqlite.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite storage sample with IncidentCore.</summary>
public static class SqliteIncidentCoreBuilderExtensions
{
    /// <summary>Stores clients, users, vendors, the incident domain and the audit trail in a SQLite database, creating its schema on first use.</summary>
    /// <param name="builder">The IncidentCore builder.</param>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=incidents.db</c>.</param>
    /// <returns>The builder.</returns>
    public static IncidentCoreBuilder UseSqliteStore(this IncidentCoreBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseStore(_ => new SqliteIncidentStore(connectionString), _ => new GuidIdGenerator());
    }
}
