using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>How <c>dotnet ef</c> makes the SQLite context to create a migration (no database is touched).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(Storage.DefaultSqlite).Options);
}
