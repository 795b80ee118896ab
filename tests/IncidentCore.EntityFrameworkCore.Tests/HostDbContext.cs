using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A host's own context: one table of its own (an outbox) beside IncidentCore's, in one model.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).ValueGeneratedOnAdd();
            b.Property(m => m.Topic).HasMaxLength(100);
            b.Property(m => m.EntityId).HasMaxLength(64);
        });
        modelBuilder.ApplyIncidentCoreModel();
    }
}
