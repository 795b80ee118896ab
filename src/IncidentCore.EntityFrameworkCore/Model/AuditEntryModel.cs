using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>audit_entries</c> table. Its primary key is a shadow <c>seq</c> column the database assigns on insert;
/// the store takes the audit order lock before inserting, so <c>seq</c> follows commit order and the trail pages by it.
/// </summary>
internal static class AuditEntryModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("audit_entries");
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(table, options.Schema);
            b.Property<long>(ModelNames.Sequence).HasColumnName("seq").ValueGeneratedOnAdd();
            b.HasKey(ModelNames.Sequence).HasName($"pk_{table}");
            b.Property(e => e.AuditId).HasColumnName("audit_id").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.Action).HasColumnName("action").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.AuditAction));
            b.Property(e => e.EntityType).HasColumnName("entity_type").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.EntityType));
            b.Property(e => e.EntityId).HasColumnName("entity_id").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.ActorUserId).HasColumnName("actor_user_id").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.AuditOutcome));
            b.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(ColumnLengths.Reason);
            b.Property(e => e.ChangedFields).HasColumnName("changed_fields")
                .HasConversion(AuditDetailsConversion.ChangedFields, AuditDetailsConversion.ChangedFieldsComparer).IsRequired();
            b.Property(e => e.ValueChanges).HasColumnName("value_changes")
                .HasConversion(AuditDetailsConversion.ValueChanges, AuditDetailsConversion.ValueChangesComparer).IsRequired();
            b.HasIndex(e => e.AuditId).IsUnique().HasDatabaseName($"ux_{table}_audit_id");
            b.HasIndex(e => new { e.EntityType, e.EntityId }).HasDatabaseName($"ix_{table}_entity");
        });
    }
}
