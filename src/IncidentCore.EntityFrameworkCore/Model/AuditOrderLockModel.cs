using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>audit_order</c> table: one row, created with the schema (it is seed data, so migrations insert it).</summary>
internal static class AuditOrderLockModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("audit_order");
        modelBuilder.Entity<AuditOrderLock>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(o => o.Id).HasName($"pk_{table}");
            b.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(o => o.Commits).HasColumnName("commits");
            b.HasData(new AuditOrderLock { Id = AuditOrderLock.RowId, Commits = 0 });
        });
    }
}
