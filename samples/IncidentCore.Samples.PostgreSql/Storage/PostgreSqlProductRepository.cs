using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The products table.</summary>
internal sealed class PostgreSqlProductRepository(PostgreSqlUnitOfWork work) : IProductRepository
{
    private const string Select =
        "SELECT product_id, product_name, product_type, product_version, support_vendor_id, status, created_at_ticks, updated_at_ticks, version FROM products";

    private const string Insert = """
        INSERT INTO products (product_id, product_name, product_name_key, product_type, product_version, support_vendor_id,
                              status, created_at_ticks, updated_at_ticks, version)
        VALUES (@product_id, @product_name, @product_name_key, @product_type, @product_version, @support_vendor_id,
                @status, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE products
        SET product_name = @product_name, product_name_key = @product_name_key, product_type = @product_type,
            product_version = @product_version, support_vendor_id = @support_vendor_id, status = @status,
            created_at_ticks = @created_at_ticks, updated_at_ticks = @updated_at_ticks, version = @version
        WHERE product_id = @product_id AND version = @version - 1
        """;

    public ValueTask<Product?> FindByIdAsync(string productId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE product_id = @key", productId, Read, cancellationToken);

    public ValueTask<Product?> FindByNameAsync(string productNameKey, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE product_name_key = @key", productNameKey, Read, cancellationToken);

    public void Add(Product record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Product record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Product product, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(product);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@product_id", product.ProductId);
        p.AddText("@product_name", product.ProductName);
        p.AddText("@product_name_key", UniqueKeys.ProductName(product.ProductName));
        p.AddText("@product_type", product.ProductType);
        p.AddText("@product_version", product.ProductVersion);
        p.AddText("@support_vendor_id", product.SupportVendorId);
        p.AddText("@status", product.Status.ToWireName());
        p.AddTicks("@created_at_ticks", product.CreatedAt);
        p.AddTicks("@updated_at_ticks", product.UpdatedAt);
        p.AddBigint("@version", product.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Product Read(NpgsqlDataReader reader) => new()
    {
        ProductId = reader.GetString(0),
        ProductName = reader.GetString(1),
        ProductType = reader.GetString(2),
        ProductVersion = ReadNullable(reader, 3),
        SupportVendorId = ReadNullable(reader, 4),
        Status = ReadEnum(reader, 5, IncidentWireNames.ProductStatus),
        CreatedAt = ReadTicks(reader, 6),
        UpdatedAt = ReadTicks(reader, 7),
        Version = reader.GetInt64(8),
    };
}
