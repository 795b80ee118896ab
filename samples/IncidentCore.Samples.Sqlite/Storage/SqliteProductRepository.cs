using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The products table.</summary>
internal sealed class SqliteProductRepository(SqliteUnitOfWork work) : IProductRepository
{
    private const string Select =
        "SELECT product_id, product_name, product_type, product_version, support_vendor_id, status, created_at, updated_at, version FROM products";

    private const string Insert = """
        INSERT INTO products (product_id, product_name, product_name_key, product_type, product_version, support_vendor_id,
                              status, created_at, updated_at, version)
        VALUES (@product_id, @product_name, @product_name_key, @product_type, @product_version, @support_vendor_id,
                @status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE products
        SET product_name = @product_name, product_name_key = @product_name_key, product_type = @product_type,
            product_version = @product_version, support_vendor_id = @support_vendor_id, status = @status,
            created_at = @created_at, updated_at = @updated_at, version = @version
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
        p.AddWithValue("@product_id", product.ProductId);
        p.AddWithValue("@product_name", product.ProductName);
        p.AddWithValue("@product_name_key", UniqueKeys.ProductName(product.ProductName));
        p.AddWithValue("@product_type", product.ProductType);
        p.AddWithValue("@product_version", OrNull(product.ProductVersion));
        p.AddWithValue("@support_vendor_id", OrNull(product.SupportVendorId));
        p.AddWithValue("@status", product.Status.ToWireName());
        p.AddWithValue("@created_at", Timestamp(product.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(product.UpdatedAt));
        p.AddWithValue("@version", product.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Product Read(SqliteDataReader reader) => new()
    {
        ProductId = reader.GetString(0),
        ProductName = reader.GetString(1),
        ProductType = reader.GetString(2),
        ProductVersion = ReadNullable(reader, 3),
        SupportVendorId = ReadNullable(reader, 4),
        Status = ReadEnum(reader, 5, IncidentWireNames.ProductStatus),
        CreatedAt = ReadTimestamp(reader, 6),
        UpdatedAt = ReadTimestamp(reader, 7),
        Version = reader.GetInt64(8),
    };
}
