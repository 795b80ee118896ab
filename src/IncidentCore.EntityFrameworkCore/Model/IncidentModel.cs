using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>incidents</c> table: every field, the version as the concurrency token, and an index on (client, id) so a
/// client's incidents page by key.
/// </summary>
internal static class IncidentModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("incidents");
        modelBuilder.Entity<Incident>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(i => i.IncidentId).HasName($"pk_{table}");
            b.Property(i => i.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(i => i.Title).HasColumnName("title").HasMaxLength(ColumnLengths.Text);
            b.Property(i => i.Category).HasColumnName("category").HasMaxLength(ColumnLengths.Text);
            b.Property(i => i.Severity).HasColumnName("severity").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.Severity));
            b.Property(i => i.ImpactLevel).HasColumnName("impact_level").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.IncidentLevel));
            b.Property(i => i.UrgencyLevel).HasColumnName("urgency_level").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.IncidentLevel));
            b.Property(i => i.ClientId).HasColumnName("client_id").HasMaxLength(ColumnLengths.Id);
            b.Property(i => i.ComponentId).HasColumnName("component_id").HasMaxLength(ColumnLengths.Id);
            b.Property(i => i.ReporterUserId).HasColumnName("reporter_user_id").HasMaxLength(ColumnLengths.Id);
            b.Property(i => i.AssignedToUserId).HasColumnName("assigned_to_user_id").HasMaxLength(ColumnLengths.Id);
            b.Property(i => i.DetectionTimestamp).HasColumnName("detection_timestamp").HasConversion(UtcConversion.Converter);
            b.Property(i => i.ResolutionTimestamp).HasColumnName("resolution_timestamp").HasConversion(UtcConversion.Converter);
            b.Property(i => i.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.IncidentStatus));
            b.Property(i => i.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(i => i.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(i => i.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(i => new { i.ClientId, i.IncidentId }).HasDatabaseName($"ix_{table}_client");
        });
    }
}
