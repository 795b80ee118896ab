using Microsoft.EntityFrameworkCore;

namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>The host's context on PostgreSQL (its migrations are in Migrations/PostgreSql).</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
