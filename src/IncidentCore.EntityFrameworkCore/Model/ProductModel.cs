using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>products</c> table: every field, the name key as a shadow column with a unique index, and the version as the
/// concurrency token. The product's own version (wire name <c>version</c>) is the <c>product_version</c> column, since
/// <c>version</c> is the concurrency token's column in every table.
/// </summary>
internal static class ProductModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("products");
        modelBuilder.Entity<Product>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(p => p.ProductId).HasName($"pk_{table}");
            b.Property(p => p.ProductId).HasColumnName("product_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(p => p.ProductName).HasColumnName("product_name").HasMaxLength(ColumnLengths.Text);
            b.Property<string>(ModelNames.ProductNameKey).HasColumnName("product_name_key").HasMaxLength(ColumnLengths.Key).IsRequired();
            b.Property(p => p.ProductType).HasColumnName("product_type").HasMaxLength(ColumnLengths.Text);
            b.Property(p => p.ProductVersion).HasColumnName("product_version").HasMaxLength(ColumnLengths.ProductVersion);
            b.Property(p => p.SupportVendorId).HasColumnName("support_vendor_id").HasMaxLength(ColumnLengths.Id);
            b.Property(p => p.Status).HasColumnName("status").HasMaxLength(ColumnLengths.WireName).HasConversion(WireNameConversion.For(IncidentWireNames.ProductStatus));
            b.Property(p => p.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(p => p.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(ModelNames.ProductNameKey).IsUnique().HasDatabaseName($"ux_{table}_product_name");
        });
    }
}
