using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a vendor, each said once with its rules; the vendor SOPs take them from here.</summary>
internal static class VendorFields
{
    public static readonly RecordField<Vendor> VendorName = new(DomainFields.Vendor, 0, "vendor_name", FieldKind.Text, v => v.VendorName)
    {
        Key = UniqueKeys.VendorName,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => work.Vendors.FindByNameAsync(key, ct),
    };

    public static readonly RecordField<Vendor> ContactEmail = new(DomainFields.Vendor, 1, "contact_email", FieldKind.Email, v => v.ContactEmail)
    {
        Key = UniqueKeys.Email,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => work.Vendors.FindByContactEmailAsync(key, ct),
    };

    public static readonly RecordField<Vendor> ContactPhone = new(DomainFields.Vendor, 2, "contact_phone", FieldKind.Phone, v => v.ContactPhone)
    {
        Key = UniqueKeys.Phone,
        FindByKey = (work, key, ct) => work.Vendors.FindByContactPhoneAsync(key, ct),
    };

    public static readonly RecordField<Vendor> VendorType = new(DomainFields.Vendor, 3, "vendor_type", FieldKind.Enumeration, v => v.VendorType.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.VendorType),
    };

    public static readonly RecordField<Vendor> Status = new(DomainFields.Vendor, 4, "status", FieldKind.Enumeration, v => v.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.VendorStatus),
    };

    public static readonly RecordLookup<Vendor> FindById = (work, id, ct) => work.Vendors.FindByIdAsync(id, ct);
}
