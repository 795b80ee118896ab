namespace IncidentCore.Procedures.Incidents;

/// <summary>The inputs of product creation, in wire form. Required: product_name, product_type.</summary>
public sealed record ProductCreateRequest
{
    /// <summary>product_name (required, unique).</summary>
    public string? ProductName { get; init; }

    /// <summary>product_type (required, free text).</summary>
    public string? ProductType { get; init; }

    /// <summary>version (optional, free text).</summary>
    public string? Version { get; init; }

    /// <summary>support_vendor_id (optional): a vendor that exists.</summary>
    public string? SupportVendorId { get; init; }

    /// <summary>status (optional): active (default), deprecated, maintenance or end_of_life.</summary>
    public string? Status { get; init; }
}
