using Microsoft.EntityFrameworkCore;

namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>The host's context on SQLite (its migrations are in Migrations/Sqlite).</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
