using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>incident_updates</c> table: an incident's history rows. Rows are only ever inserted, so, as in the audit
/// trail, the primary key is a shadow <c>seq</c> column the database assigns on insert and rows list in that order;
/// the row's own id is kept unique by an index of its own.
/// </summary>
internal static class IncidentHistoryModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("incident_updates");
        modelBuilder.Entity<IncidentHistoryEntry>(b =>
        {
            b.ToTable(table, options.Schema);
            b.Property<long>(ModelNames.Sequence).HasColumnName("seq").ValueGeneratedOnAdd();
            b.HasKey(ModelNames.Sequence).HasName($"pk_{table}");
            b.Property(h => h.UpdateId).HasColumnName("update_id").HasMaxLength(ColumnLengths.HistoryId);
            b.Property(h => h.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(h => h.UpdatedByUser).HasColumnName("updated_by_user").HasMaxLength(ColumnLengths.Id);
            b.Property(h => h.UpdateType).HasColumnName("update_type").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.IncidentUpdateType));
            b.Property(h => h.FieldChanged).HasColumnName("field_changed").HasMaxLength(ColumnLengths.WireName);
            b.Property(h => h.OldValue).HasColumnName("old_value").HasMaxLength(ColumnLengths.HistoryValue);
            b.Property(h => h.NewValue).HasColumnName("new_value").HasMaxLength(ColumnLengths.HistoryValue);
            b.Property(h => h.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.HasIndex(h => h.UpdateId).IsUnique().HasDatabaseName($"ux_{table}_update_id");
            b.HasIndex(nameof(IncidentHistoryEntry.IncidentId), ModelNames.Sequence).HasDatabaseName($"ix_{table}_incident");
        });
    }
}
