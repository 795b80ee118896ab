using IncidentCore.Domain.Approvals;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>rollback_requests</c> table: every field, the version as the concurrency token, and "at most one open
/// rollback (requested, approved, in_progress) per change" as a unique index on <c>change_id</c> filtered on the status.
/// </summary>
internal static class RollbackRequestModel
{
    /// <summary>
    /// The filter of the one-open-per-change index: the open statuses by their wire names. As in the escalations'
    /// filter, the column name is quoted as SQL quotes identifiers, which SQLite, PostgreSQL and SQL Server all accept.
    /// </summary>
    public static readonly string OpenFilter =
        $"\"status\" IN ('{RollbackStatus.Requested.ToWireName()}', '{RollbackStatus.Approved.ToWireName()}', '{RollbackStatus.InProgress.ToWireName()}')";

    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("rollback_requests");
        modelBuilder.Entity<RollbackRequest>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(r => r.RollbackId).HasName($"pk_{table}");
            b.Property(r => r.RollbackId).HasColumnName("rollback_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(r => r.ChangeId).HasColumnName("change_id").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.RequestingUser).HasColumnName("requesting_user").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.ApprovedByUser).HasColumnName("approved_by_user").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.RejectionReason).HasColumnName("rejection_reason").HasMaxLength(ColumnLengths.Text);
            b.Property(r => r.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(ApprovalWireNames.RollbackStatus));
            b.Property(r => r.CompletedAt).HasColumnName("completed_at").HasConversion(UtcConversion.Converter);
            b.Property(r => r.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
            b.Ignore(r => r.IsOpen);
            b.HasIndex(r => r.ChangeId).IsUnique().HasFilter(OpenFilter).HasDatabaseName($"ux_{table}_open_change");
        });
    }
}
