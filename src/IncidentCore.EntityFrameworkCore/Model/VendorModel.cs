using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>vendors</c> table: every field, the three unique keys as shadow columns with unique indexes, and the version as the concurrency token.</summary>
internal static class VendorModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("vendors");
        modelBuilder.Entity<Vendor>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(v => v.VendorId).HasName($"pk_{table}");
            b.Property(v => v.VendorId).HasColumnName("vendor_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(v => v.VendorName).HasColumnName("vendor_name").HasMaxLength(ColumnLengths.Text);
            b.Property<string>(ModelNames.VendorNameKey).HasColumnName("vendor_name_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(v => v.VendorType).HasColumnName("vendor_type").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.VendorType));
            b.Property(v => v.ContactEmail).HasColumnName("contact_email").HasMaxLength(ColumnLengths.Email);
            b.Property<string>(ModelNames.ContactEmailKey).HasColumnName("contact_email_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(v => v.ContactPhone).HasColumnName("contact_phone").HasMaxLength(ColumnLengths.Phone);
            b.Property<string>(ModelNames.ContactPhoneKey).HasColumnName("contact_phone_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(v => v.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.VendorStatus));
            b.Property(v => v.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(v => v.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(v => v.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(ModelNames.VendorNameKey).IsUnique().HasDatabaseName($"ux_{table}_vendor_name");
            b.HasIndex(ModelNames.ContactEmailKey).IsUnique().HasDatabaseName($"ux_{table}_contact_email");
            b.HasIndex(ModelNames.ContactPhoneKey).IsUnique().HasDatabaseName($"ux_{table}_contact_phone");
        });
    }
}
