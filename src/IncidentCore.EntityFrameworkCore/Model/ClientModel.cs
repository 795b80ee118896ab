using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The <c>clients</c> table: every field, the two unique keys as shadow columns with unique indexes, and the version as the concurrency token.</summary>
internal static class ClientModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("clients");
        modelBuilder.Entity<Client>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(c => c.ClientId).HasName($"pk_{table}");
            b.Property(c => c.ClientId).HasColumnName("client_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(c => c.ClientName).HasColumnName("client_name").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.RegistrationNumber).HasColumnName("registration_number").HasMaxLength(ColumnLengths.Text);
            b.Property<string>(ModelNames.RegistrationNumberKey).HasColumnName("registration_number_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(c => c.ContactEmail).HasColumnName("contact_email").HasMaxLength(ColumnLengths.Email);
            b.Property<string>(ModelNames.ContactEmailKey).HasColumnName("contact_email_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(c => c.ClientType).HasColumnName("client_type").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.ClientType));
            b.Property(c => c.Industry).HasColumnName("industry").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.Country).HasColumnName("country").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(WireNames.ClientStatus));
            b.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(ModelNames.RegistrationNumberKey).IsUnique().HasDatabaseName($"ux_{table}_registration_number");
            b.HasIndex(ModelNames.ContactEmailKey).IsUnique().HasDatabaseName($"ux_{table}_contact_email");
        });
    }
}
