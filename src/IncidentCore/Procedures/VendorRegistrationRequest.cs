namespace IncidentCore.Procedures;

/// <summary>The inputs of vendor registration, in wire form. Required: vendor_name, vendor_email, vendor_phone, vendor_type.</summary>
public sealed record VendorRegistrationRequest
{
    /// <summary>vendor_name (required, unique).</summary>
    public string? VendorName { get; init; }

    /// <summary>vendor_email (required, unique); stored as contact_email.</summary>
    public string? VendorEmail { get; init; }

    /// <summary>vendor_phone (required, unique); stored as contact_phone in <c>+digits</c> form.</summary>
    public string? VendorPhone { get; init; }

    /// <summary>vendor_type (required): one of the seven vendor types.</summary>
    public string? VendorType { get; init; }

    /// <summary>status (optional, default active): active, inactive or suspended.</summary>
    public string? Status { get; init; }
}
