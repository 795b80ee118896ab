using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A product in wire form, as tools return it and as a seed file holds it. Created from a seed file through product
/// creation, created_at and updated_at are not kept: the record is stamped with the time it was created.
/// </summary>
internal sealed record ProductRecord
{
    public required string ProductId { get; init; }

    public required string ProductName { get; init; }

    public required string ProductType { get; init; }

    public string? Version { get; init; }

    public string? SupportVendorId { get; init; }

    public string Status { get; init; } = "active";

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static ProductRecord From(Product product) => new()
    {
        ProductId = product.ProductId,
        ProductName = product.ProductName,
        ProductType = product.ProductType,
        Version = product.ProductVersion,
        SupportVendorId = product.SupportVendorId,
        Status = product.Status.ToWireName(),
        CreatedAt = product.CreatedAt,
        UpdatedAt = product.UpdatedAt,
    };

    /// <summary>The record as product creation takes it; the procedure validates every field.</summary>
    public ProductCreateRequest ToRequest() => new()
    {
        ProductName = ProductName,
        ProductType = ProductType,
        Version = Version,
        SupportVendorId = SupportVendorId,
        Status = Status,
    };
}
