using IncidentCore.Hosting;
using IncidentCore.Specification.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>The SQLite storage sample held to the whole storage conformance suite, each fact on a new database file.</summary>
public sealed class SqliteStoreSpecificationTests : IncidentStoreSpecificationTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override void AddStore(IncidentCoreBuilder builder) =>
        builder.UseSqliteStore(new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString());

    public void Dispose() => _folder.Dispose();
}
