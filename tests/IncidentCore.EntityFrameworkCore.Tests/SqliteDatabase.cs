using IncidentCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A new SQLite database file with the host's tables and IncidentCore's, and the store registered on it.</summary>
internal static class SqliteDatabase
{
    public static string Create(TemporaryFolder folder)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = folder.NewDatabasePath() }.ToString();
        using var context = new HostDbContext(new DbContextOptionsBuilder<HostDbContext>().UseSqlite(connectionString).Options);
        context.Database.EnsureCreated();
        return connectionString;
    }

    public static EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder, string connectionString)
    {
        builder.Services.AddDbContext<HostDbContext>(options => options.UseSqlite(connectionString));
        return builder.AddEntityFrameworkStores<HostDbContext>().UseSqliteErrorClassifier();
    }
}
