using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a product, each said once with its rules.</summary>
internal static class ProductFields
{
    public static readonly RecordField<Product> ProductName = new(DomainFields.Product, 0, "product_name", FieldKind.Text, p => p.ProductName)
    {
        Key = UniqueKeys.ProductName,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => IncidentStore.Of(work).Products.FindByNameAsync(key, ct),
    };

    public static readonly RecordField<Product> ProductType = new(DomainFields.Product, 1, "product_type", FieldKind.Text, p => p.ProductType);

    public static readonly RecordField<Product> Version = new(DomainFields.Product, 2, "version", FieldKind.Text, p => p.ProductVersion) { MaximumLength = 64 };

    public static readonly RecordField<Product> SupportVendorId = new(DomainFields.Product, 3, "support_vendor_id", FieldKind.Id, p => p.SupportVendorId)
    {
        References = EntityType.Vendor,
    };

    public static readonly RecordField<Product> Status = new(DomainFields.Product, 4, "status", FieldKind.Enumeration, p => p.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.ProductStatus),
    };

    public static readonly RecordLookup<Product> FindById = (work, id, ct) => IncidentStore.Of(work).Products.FindByIdAsync(id, ct);
}
