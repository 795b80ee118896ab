namespace IncidentCore.Domain.Incidents;

/// <summary>A product the organisation supports (the <c>products</c> record).</summary>
public sealed record Product
{
    /// <summary>product_id: the record's id.</summary>
    public required string ProductId { get; init; }

    /// <summary>product_name: unique among products, compared by its normalised key.</summary>
    public required string ProductName { get; init; }

    /// <summary>product_type: free text.</summary>
    public required string ProductType { get; init; }

    /// <summary>version: the product's own version, free text.</summary>
    public string? ProductVersion { get; init; }

    /// <summary>support_vendor_id: the vendor that supports it, if any.</summary>
    public string? SupportVendorId { get; init; }

    /// <summary>status: <see cref="ProductStatus.Active"/> unless stated otherwise.</summary>
    public ProductStatus Status { get; init; } = ProductStatus.Active;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
