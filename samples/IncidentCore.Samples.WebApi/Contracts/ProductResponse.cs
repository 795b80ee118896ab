using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A product in wire form.</summary>
internal sealed record ProductResponse(
    string ProductId,
    string ProductName,
    string ProductType,
    string? Version,
    string? SupportVendorId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProductResponse From(Product product) => new(
        product.ProductId,
        product.ProductName,
        product.ProductType,
        product.ProductVersion,
        product.SupportVendorId,
        product.Status.ToWireName(),
        product.CreatedAt,
        product.UpdatedAt);
}
