using IncidentCore.Hosting;
using IncidentCore.Specification.Tests;
using Microsoft.Data.Sqlite;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>The Entity Framework Core store on the EF Core SQLite provider, held to the whole conformance suite, each fact on a new database file.</summary>
public sealed class SqliteStoreSpecificationTests : IncidentStoreSpecificationTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override void AddStore(IncidentCoreBuilder builder) => SqliteDatabase.AddStore(builder, SqliteDatabase.Create(_folder));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
