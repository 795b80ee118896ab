using IncidentCore.Domain.Approvals;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>change_requests</c> table: every field (the title and a rejection reason are free text, sized like every
/// other free text) and the version as the concurrency token.
/// </summary>
internal static class ChangeRequestModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("change_requests");
        modelBuilder.Entity<ChangeRequest>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(c => c.ChangeId).HasName($"pk_{table}");
            b.Property(c => c.ChangeId).HasColumnName("change_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(c => c.Title).HasColumnName("title").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.ChangeType).HasColumnName("change_type").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(ApprovalWireNames.ChangeType));
            b.Property(c => c.RiskLevel).HasColumnName("risk_level").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(ApprovalWireNames.RiskLevel));
            b.Property(c => c.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.RequestingUser).HasColumnName("requesting_user").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.ApprovedByUser).HasColumnName("approved_by_user").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.RejectionReason).HasColumnName("rejection_reason").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(ApprovalWireNames.ChangeStatus));
            b.Property(c => c.ScheduledStartTime).HasColumnName("scheduled_start_time").HasConversion(UtcConversion.Converter);
            b.Property(c => c.ScheduledEndTime).HasColumnName("scheduled_end_time").HasConversion(UtcConversion.Converter);
            b.Property(c => c.ActualStartTime).HasColumnName("actual_start_time").HasConversion(UtcConversion.Converter);
            b.Property(c => c.ActualEndTime).HasColumnName("actual_end_time").HasConversion(UtcConversion.Converter);
            b.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
        });
    }
}
