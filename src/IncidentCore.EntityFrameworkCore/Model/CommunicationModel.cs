using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>communications</c> table: every field (no message text: a communication carries none), the version as the concurrency token, and an index to list an incident's communications.</summary>
internal static class CommunicationModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("communications");
        modelBuilder.Entity<Communication>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(c => c.CommunicationId).HasName($"pk_{table}");
            b.Property(c => c.CommunicationId).HasColumnName("communication_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(c => c.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.SenderId).HasColumnName("sender_id").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.RecipientId).HasColumnName("recipient_id").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.RecipientType).HasColumnName("recipient_type").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.RecipientType));
            b.Property(c => c.CommunicationType).HasColumnName("communication_type").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.CommunicationType));
            b.Property(c => c.DeliveryMethod).HasColumnName("delivery_method").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.DeliveryMethod));
            b.Property(c => c.DeliveryStatus).HasColumnName("delivery_status").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.DeliveryStatus));
            b.Property(c => c.SentAt).HasColumnName("sent_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(c => new { c.IncidentId, c.CommunicationId }).HasDatabaseName($"ix_{table}_incident");
        });
    }
}
