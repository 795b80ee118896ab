using IncidentCore.Domain;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A vendor in wire form.</summary>
internal sealed record VendorResponse(
    string VendorId,
    string VendorName,
    string VendorType,
    string ContactEmail,
    string ContactPhone,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static VendorResponse From(Vendor vendor) => new(
        vendor.VendorId,
        vendor.VendorName,
        vendor.VendorType.ToWireName(),
        vendor.ContactEmail,
        vendor.ContactPhone,
        vendor.Status.ToWireName(),
        vendor.CreatedAt,
        vendor.UpdatedAt);
}
