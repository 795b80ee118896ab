using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A vendor in wire form, as tools return it and as a seed file holds it. Imported from a seed file, created_at and
/// updated_at are not kept: the registry import stamps the time of the import.
/// </summary>
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

    /// <summary>The record as the registry import takes it: its id kept, its fields validated as registration validates them.</summary>
    public ImportedRecord<VendorRegistrationRequest> ToImport() => new(VendorId, new VendorRegistrationRequest
    {
        VendorName = VendorName,
        VendorEmail = ContactEmail,
        VendorPhone = ContactPhone,
        VendorType = VendorType,
        Status = Status,
    });
}
