using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>escalations</c> table: every field, the version as the concurrency token, an index to list an incident's
/// escalations, and "at most one active escalation per incident and level" as a unique index filtered on the status.
/// </summary>
internal static class EscalationModel
{
    /// <summary>
    /// The filter of the one-active-per-level index. The column name is quoted as SQL quotes identifiers, which
    /// SQLite, PostgreSQL and SQL Server all accept; the names are lower case, so quoting never changes them.
    /// </summary>
    public static readonly string ActiveFilter = $"\"status\" = '{EscalationStatus.Active.ToWireName()}'";

    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("escalations");
        modelBuilder.Entity<Escalation>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(e => e.EscalationId).HasName($"pk_{table}");
            b.Property(e => e.EscalationId).HasColumnName("escalation_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(e => e.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.EscalatedByUser).HasColumnName("escalated_by_user").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.EscalatedToUser).HasColumnName("escalated_to_user").HasMaxLength(ColumnLengths.Id);
            b.Property(e => e.EscalationLevel).HasColumnName("escalation_level").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.EscalationLevel));
            b.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(ColumnLengths.Text);
            b.Property(e => e.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.EscalationStatus));
            b.Property(e => e.EscalatedAt).HasColumnName("escalated_at").HasConversion(UtcConversion.Converter);
            b.Property(e => e.ResolvedAt).HasColumnName("resolved_at").HasConversion(UtcConversion.Converter);
            b.Property(e => e.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(e => new { e.IncidentId, e.EscalationLevel }).IsUnique().HasFilter(ActiveFilter).HasDatabaseName($"ux_{table}_active_level");
            b.HasIndex(e => new { e.IncidentId, e.EscalationId }).HasDatabaseName($"ix_{table}_incident");
        });
    }
}
