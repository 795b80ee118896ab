using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A vendor in wire form, as tools return it and as a seed file holds it.</summary>
internal sealed record VendorRecord
{
    public required string VendorId { get; init; }

    public required string VendorName { get; init; }

    public required string VendorType { get; init; }

    public required string ContactEmail { get; init; }

    public required string ContactPhone { get; init; }

    public string Status { get; init; } = "active";

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static VendorRecord From(Vendor vendor) => new()
    {
        VendorId = vendor.VendorId,
        VendorName = vendor.VendorName,
        VendorType = vendor.VendorType.ToWireName(),
        ContactEmail = vendor.ContactEmail,
        ContactPhone = vendor.ContactPhone,
        Status = vendor.Status.ToWireName(),
        CreatedAt = vendor.CreatedAt,
        UpdatedAt = vendor.UpdatedAt,
    };

    public Vendor ToDomain(DateTimeOffset loadedAt) => new()
    {
        VendorId = VendorId,
        VendorName = VendorName,
        VendorType = WireValue.Parse(WireNames.VendorType, VendorType, "vendor_type"),
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
        Status = WireValue.Parse(WireNames.VendorStatus, Status, "status"),
        CreatedAt = CreatedAt ?? loadedAt,
        UpdatedAt = UpdatedAt ?? CreatedAt ?? loadedAt,
    };
}
