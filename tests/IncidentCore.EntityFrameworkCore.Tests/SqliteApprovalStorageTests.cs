using IncidentCore.Hosting;
using Microsoft.Data.Sqlite;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>The approval domain's storage on the EF Core SQLite provider.</summary>
public sealed class SqliteApprovalStorageTests : ApprovalStorageTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder) =>
        SqliteDatabase.AddStore(builder, SqliteDatabase.Create(_folder));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
