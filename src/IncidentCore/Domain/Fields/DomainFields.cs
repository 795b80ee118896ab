namespace IncidentCore.Domain.Fields;

/// <summary>
/// The one place where every field of every record is named and classified. Validation of change sets,
/// audit minimisation and tool schemas all derive from these tables.
/// </summary>
internal static class DomainFields
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

    /// <summary>The fields of a product.</summary>
    public static FieldCatalog Product { get; } = new(
        EntityType.Product,
        new("product_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("product_name", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("product_type", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("version", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("support_vendor_id", FieldClassification.Identifier, IsEditable: true, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of an infrastructure component.</summary>
    public static FieldCatalog InfrastructureComponent { get; } = new(
        EntityType.InfrastructureComponent,
        new("component_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("component_name", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("component_type", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("environment", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("product_id", FieldClassification.Identifier, IsEditable: true, IsRequired: false),
        new("location", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("port_number", FieldClassification.Number, IsEditable: true, IsRequired: false),
        new("operational_status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of an incident. Title and category are free text that may hold personal data.</summary>
    public static FieldCatalog Incident { get; } = new(
        EntityType.Incident,
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("title", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("category", FieldClassification.FreeText, IsEditable: true, IsRequired: true),
        new("severity", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("impact_level", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("urgency_level", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("client_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("component_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("reporter_user_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("assigned_to_user_id", FieldClassification.Identifier, IsEditable: true, IsRequired: false),
        new("detection_timestamp", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("resolution_timestamp", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of an escalation. The reason is free text that may hold personal data.</summary>
    public static FieldCatalog Escalation { get; } = new(
        EntityType.Escalation,
        new("escalation_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("escalated_by_user", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("escalated_to_user", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("escalation_level", FieldClassification.Enumeration, IsEditable: false, IsRequired: true),
        new("reason", FieldClassification.FreeText, IsEditable: false, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("escalated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("resolved_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: false));

    /// <summary>The fields of a communication (it carries no message text).</summary>
    public static FieldCatalog Communication { get; } = new(
        EntityType.Communication,
        new("communication_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("sender_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("recipient_id", FieldClassification.Identifier, IsEditable: false, IsRequired: false),
        new("recipient_type", FieldClassification.Enumeration, IsEditable: false, IsRequired: false),
        new("communication_type", FieldClassification.Enumeration, IsEditable: false, IsRequired: true),
        new("delivery_method", FieldClassification.Enumeration, IsEditable: false, IsRequired: true),
        new("delivery_status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("sent_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a post-incident review.</summary>
    public static FieldCatalog PostIncidentReview { get; } = new(
        EntityType.PostIncidentReview,
        new("review_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("facilitator_user", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("scheduled_date", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("overall_rating", FieldClassification.Enumeration, IsEditable: true, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("completed_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a change request. The title and the rejection reason are free text that may hold personal data.</summary>
    public static FieldCatalog ChangeRequest { get; } = new(
        EntityType.ChangeRequest,
        new("change_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("title", FieldClassification.FreeText, IsEditable: false, IsRequired: true),
        new("change_type", FieldClassification.Enumeration, IsEditable: false, IsRequired: true),
        new("risk_level", FieldClassification.Enumeration, IsEditable: false, IsRequired: true),
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: false),
        new("requesting_user", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("approved_by_user", FieldClassification.Identifier, IsEditable: false, IsRequired: false),
        new("rejection_reason", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("scheduled_start_time", FieldClassification.Timestamp, IsEditable: true, IsRequired: false),
        new("scheduled_end_time", FieldClassification.Timestamp, IsEditable: true, IsRequired: false),
        new("actual_start_time", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("actual_end_time", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true),
        new("updated_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a rollback request. The rejection reason is free text that may hold personal data.</summary>
    public static FieldCatalog RollbackRequest { get; } = new(
        EntityType.RollbackRequest,
        new("rollback_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("change_id", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("incident_id", FieldClassification.Identifier, IsEditable: false, IsRequired: false),
        new("requesting_user", FieldClassification.Identifier, IsEditable: false, IsRequired: true),
        new("approved_by_user", FieldClassification.Identifier, IsEditable: false, IsRequired: false),
        new("rejection_reason", FieldClassification.FreeText, IsEditable: true, IsRequired: false),
        new("status", FieldClassification.Enumeration, IsEditable: true, IsRequired: true),
        new("completed_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: false),
        new("created_at", FieldClassification.Timestamp, IsEditable: false, IsRequired: true));

    /// <summary>The fields of a kind of record.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <returns>Its catalog, or <see langword="null"/> for a kind without one (the audit trail).</returns>
    public static FieldCatalog? For(EntityType entityType) => entityType switch
    {
        EntityType.Client => Client,
        EntityType.User => User,
        EntityType.Vendor => Vendor,
        EntityType.Product => Product,
        EntityType.InfrastructureComponent => InfrastructureComponent,
        EntityType.Incident => Incident,
        EntityType.Escalation => Escalation,
        EntityType.Communication => Communication,
        EntityType.PostIncidentReview => PostIncidentReview,
        EntityType.ChangeRequest => ChangeRequest,
        EntityType.RollbackRequest => RollbackRequest,
        _ => null,
    };
}
