namespace IncidentCore.Domain;

/// <summary>An external service provider (the <c>vendors</c> record).</summary>
public sealed record Vendor
{
    /// <summary>vendor_id: the record's id.</summary>
    public required string VendorId { get; init; }

    /// <summary>vendor_name: unique among vendors, compared without case and surrounding spaces.</summary>
    public required string VendorName { get; init; }

    /// <summary>vendor_type.</summary>
    public required VendorType VendorType { get; init; }

    /// <summary>contact_email (the SOP's vendor_email): unique among vendors (personal data).</summary>
    public required string ContactEmail { get; init; }

    /// <summary>contact_phone (the SOP's vendor_phone): unique among vendors, stored as <c>+</c> and digits (personal data).</summary>
    public required string ContactPhone { get; init; }

    /// <summary>status: <see cref="VendorStatus.Active"/> unless stated otherwise.</summary>
    public VendorStatus Status { get; init; } = VendorStatus.Active;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
