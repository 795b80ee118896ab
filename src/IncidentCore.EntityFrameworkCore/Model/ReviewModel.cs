using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>post_incident_reviews</c> table: every field and the version as the concurrency token.</summary>
internal static class ReviewModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("post_incident_reviews");
        modelBuilder.Entity<PostIncidentReview>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(r => r.ReviewId).HasName($"pk_{table}");
            b.Property(r => r.ReviewId).HasColumnName("review_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(r => r.IncidentId).HasColumnName("incident_id").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.FacilitatorUser).HasColumnName("facilitator_user").HasMaxLength(ColumnLengths.Id);
            b.Property(r => r.ScheduledDate).HasColumnName("scheduled_date").HasConversion(UtcConversion.Converter);
            b.Property(r => r.OverallRating).HasColumnName("overall_rating").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.ReviewRating));
            b.Property(r => r.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.ReviewStatus));
            b.Property(r => r.CompletedAt).HasColumnName("completed_at").HasConversion(UtcConversion.Converter);
            b.Property(r => r.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
        });
    }
}
