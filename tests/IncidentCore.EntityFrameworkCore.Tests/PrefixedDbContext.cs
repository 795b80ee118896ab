using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A host that puts IncidentCore's tables under names of its own choosing.</summary>
public sealed class PrefixedDbContext(DbContextOptions<PrefixedDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyIncidentCoreModel(o =>
        {
            o.TablePrefix = "ic_";
            o.Schema = "incidents";
        });
}
