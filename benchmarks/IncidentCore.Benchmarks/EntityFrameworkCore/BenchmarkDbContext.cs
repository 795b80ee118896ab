using Microsoft.EntityFrameworkCore;

namespace IncidentCore.Benchmarks.EntityFrameworkCore;

/// <summary>A host's context holding IncidentCore's model and nothing else.</summary>
public sealed class BenchmarkDbContext(DbContextOptions<BenchmarkDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyIncidentCoreModel();
}
