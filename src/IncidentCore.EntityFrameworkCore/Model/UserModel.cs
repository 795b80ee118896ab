using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>users</c> table: every field, the email key as a shadow column with a unique index, and the version as the concurrency token.</summary>
internal static class UserModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("users");
        modelBuilder.Entity<User>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(u => u.UserId).HasName($"pk_{table}");
            b.Property(u => u.UserId).HasColumnName("user_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(u => u.Name).HasColumnName("name").HasMaxLength(ColumnLengths.Text);
            b.Property(u => u.Email).HasColumnName("email").HasMaxLength(ColumnLengths.Email);
            b.Property<string>(ModelNames.EmailKey).HasColumnName("email_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(u => u.Role).HasColumnName("role").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.UserRole));
            b.Property(u => u.Department).HasColumnName("department").HasMaxLength(ColumnLengths.Text);
            b.Property(u => u.ClientId).HasColumnName("client_id").HasMaxLength(ColumnLengths.Id);
            b.Property(u => u.VendorId).HasColumnName("vendor_id").HasMaxLength(ColumnLengths.Id);
            b.Property(u => u.Timezone).HasColumnName("timezone").HasMaxLength(ColumnLengths.TimeZone);
            b.Property(u => u.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.UserStatus));
            b.Property(u => u.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(u => u.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(u => u.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(ModelNames.EmailKey).IsUnique().HasDatabaseName($"ux_{table}_email");
        });
    }
}
