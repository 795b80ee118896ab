using Microsoft.EntityFrameworkCore;

namespace IncidentCore.Samples.EntityFrameworkCore.Data;

/// <summary>
/// The host's one context: its own table (tickets, and the outbox it fills when IncidentCore changes a record) and
/// IncidentCore's tables, in one model and one database. Each provider has a context of its own deriving from this one,
/// so that each keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(b =>
        {
            b.ToTable("tickets");
            b.Property(t => t.Title).HasMaxLength(200);
            b.Property(t => t.ClientId).HasMaxLength(64);
        });
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.Property(m => m.Topic).HasMaxLength(100);
            b.Property(m => m.EntityId).HasMaxLength(64);
        });

        // IncidentCore's clients, users, vendors, incident domain and audit trail, beside the host's tables.
        modelBuilder.ApplyIncidentCoreModel();
    }
}
