namespace IncidentCore.Domain.Fields;

/// <summary>
/// The one place where every field of every record is named and classified. Validation of change sets,
/// audit minimisation and tool schemas all derive from these tables.
/// </summary>
public static class DomainFields
{
    /// <summary>The fields of a client.</summary>
    public static FieldCatalog Client { get; } = new(
        EntityType.Client,
        new("client_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("client_name", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("registration_number", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("contact_email", FieldClassification.PersonalData, IsEditable: true, IsRequired: true),
        new("client_type", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("industry", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("country", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a user.</summary>
    public static FieldCatalog User { get; } = new(
        EntityType.User,
        new("user_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("name", FieldClassification.PersonalData, IsEditable: true, IsRequired: true),
        new("email", FieldClassification.PersonalData, IsEditable: true, IsRequired: true),
        new("role", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("department", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("client_id", FieldClassification.Identifier, IsEditable: true, IsRequired: false),
        new("vendor_id", FieldClassification.Identifier, IsEditable: true, IsRequired: false),
        new("timezone", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a vendor (registration names contact_email and contact_phone vendor_email and vendor_phone).</summary>
    public static FieldCatalog Vendor { get; } = new(
        EntityType.Vendor,
        new("vendor_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("vendor_name", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("vendor_type", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("contact_email", FieldClassification.PersonalData, IsEditable: true, IsRequired: true),
        new("contact_phone", FieldClassification.PersonalData, IsEditable: true, IsRequired: true),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a kind of record.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <returns>Its catalog, or <see langword="null"/> for a kind without one (the audit trail).</returns>
    public static FieldCatalog? For(EntityType entityType) => entityType switch
    {
        EntityType.Client => Client,
        EntityType.User => User,
        EntityType.Vendor => Vendor,
        _ => null,
    };
}
