using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The <c>infrastructure_components</c> table: every field, the name key (which includes the product, so a name is
/// unique within its product) as a shadow column with a unique index, and the version as the concurrency token.
/// </summary>
internal static class ComponentModel
{
    public static void Apply(ModelBuilder modelBuilder, IncidentCoreModelOptions options)
    {
        var table = options.Table("infrastructure_components");
        modelBuilder.Entity<InfrastructureComponent>(b =>
        {
            b.ToTable(table, options.Schema);
            b.HasKey(c => c.ComponentId).HasName($"pk_{table}");
            b.Property(c => c.ComponentId).HasColumnName("component_id").HasMaxLength(ColumnLengths.Id).ValueGeneratedNever();
            b.Property(c => c.ComponentName).HasColumnName("component_name").HasMaxLength(ColumnLengths.Text);
            b.Property<string>(ModelNames.ComponentNameKey).HasColumnName("component_name_key").HasMaxLength(ColumnLengths.ComponentNameKey).IsRequired();
            b.Property(c => c.ComponentType).HasColumnName("component_type").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.Environment).HasColumnName("environment").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.ComponentEnvironment));
            b.Property(c => c.ProductId).HasColumnName("product_id").HasMaxLength(ColumnLengths.Id);
            b.Property(c => c.Location).HasColumnName("location").HasMaxLength(ColumnLengths.Text);
            b.Property(c => c.PortNumber).HasColumnName("port_number");
            b.Property(c => c.OperationalStatus).HasColumnName("operational_status").HasMaxLength(ColumnLengths.WireName)
                .HasConversion(WireNameConversion.For(IncidentWireNames.OperationalStatus));
            b.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.UpdatedAt).HasColumnName("updated_at").HasConversion(UtcConversion.Converter);
            b.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
            b.HasIndex(ModelNames.ComponentNameKey).IsUnique().HasDatabaseName($"ux_{table}_component_name");
        });
    }
}
