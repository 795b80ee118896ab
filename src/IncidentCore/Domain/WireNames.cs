namespace IncidentCore.Domain;

/// <summary>
/// The wire names (lower snake_case) of every enumeration, as used in JSON, tool schemas, audit entries and error messages.
/// </summary>
public static class WireNames
{
    /// <summary>client_type values.</summary>
    public static WireNameTable<ClientType> ClientType { get; } = new(
        (Domain.ClientType.Enterprise, "enterprise"),
        (Domain.ClientType.MidMarket, "mid_market"),
        (Domain.ClientType.SmallBusiness, "small_business"),
        (Domain.ClientType.Startup, "startup"));

    /// <summary>Client status values.</summary>
    public static WireNameTable<ClientStatus> ClientStatus { get; } = new(
        (Domain.ClientStatus.Active, "active"),
        (Domain.ClientStatus.Inactive, "inactive"),
        (Domain.ClientStatus.Suspended, "suspended"));

    /// <summary>role values.</summary>
    public static WireNameTable<UserRole> UserRole { get; } = new(
        (Domain.UserRole.SystemAdministrator, "system_administrator"),
        (Domain.UserRole.IncidentManager, "incident_manager"),
        (Domain.UserRole.TechnicalSupport, "technical_support"),
        (Domain.UserRole.AccountManager, "account_manager"),
        (Domain.UserRole.Executive, "executive"),
        (Domain.UserRole.ClientContact, "client_contact"),
        (Domain.UserRole.VendorContact, "vendor_contact"));

    /// <summary>User status values.</summary>
    public static WireNameTable<UserStatus> UserStatus { get; } = new(
        (Domain.UserStatus.Active, "active"),
        (Domain.UserStatus.Inactive, "inactive"),
        (Domain.UserStatus.OnLeave, "on_leave"));

    /// <summary>vendor_type values.</summary>
    public static WireNameTable<VendorType> VendorType { get; } = new(
        (Domain.VendorType.TechnologyProvider, "technology_provider"),
        (Domain.VendorType.InfrastructureProvider, "infrastructure_provider"),
        (Domain.VendorType.SecurityProvider, "security_provider"),
        (Domain.VendorType.ConsultingServices, "consulting_services"),
        (Domain.VendorType.MaintenanceServices, "maintenance_services"),
        (Domain.VendorType.CloudProvider, "cloud_provider"),
        (Domain.VendorType.PaymentProcessor, "payment_processor"));

    /// <summary>Vendor status values.</summary>
    public static WireNameTable<VendorStatus> VendorStatus { get; } = new(
        (Domain.VendorStatus.Active, "active"),
        (Domain.VendorStatus.Inactive, "inactive"),
        (Domain.VendorStatus.Suspended, "suspended"));

    /// <summary>Audit action values.</summary>
    public static WireNameTable<AuditAction> AuditAction { get; } = new(
        (Domain.AuditAction.Create, "create"),
        (Domain.AuditAction.Update, "update"),
        (Domain.AuditAction.Delete, "delete"),
        (Domain.AuditAction.View, "view"),
        (Domain.AuditAction.Export, "export"),
        (Domain.AuditAction.Approve, "approve"),
        (Domain.AuditAction.Reject, "reject"),
        (Domain.AuditAction.Escalate, "escalate"),
        (Domain.AuditAction.Execute, "execute"));

    /// <summary>Audit outcome values.</summary>
    public static WireNameTable<AuditOutcome> AuditOutcome { get; } = new(
        (Domain.AuditOutcome.Succeeded, "succeeded"),
        (Domain.AuditOutcome.Denied, "denied"));

    /// <summary>Entity type values used in audit entries.</summary>
    public static WireNameTable<EntityType> EntityType { get; } = new(
        (Domain.EntityType.Client, "client"),
        (Domain.EntityType.User, "user"),
        (Domain.EntityType.Vendor, "vendor"),
        (Domain.EntityType.AuditEntry, "audit_entry"),
        (Domain.EntityType.Product, "product"),
        (Domain.EntityType.InfrastructureComponent, "infrastructure_component"),
        (Domain.EntityType.Incident, "incident"),
        (Domain.EntityType.IncidentUpdate, "incident_update"),
        (Domain.EntityType.Escalation, "escalation"),
        (Domain.EntityType.Communication, "communication"),
        (Domain.EntityType.PostIncidentReview, "post_incident_review"),
        (Domain.EntityType.ChangeRequest, "change_request"),
        (Domain.EntityType.RollbackRequest, "rollback_request"));

    /// <summary>Returns the wire name of a client type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name, for example <c>mid_market</c>.</returns>
    public static string ToWireName(this ClientType value) => ClientType.ToWireName(value);

    /// <summary>Returns the wire name of a client status.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this ClientStatus value) => ClientStatus.ToWireName(value);

    /// <summary>Returns the wire name of a role.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name, for example <c>account_manager</c>.</returns>
    public static string ToWireName(this UserRole value) => UserRole.ToWireName(value);

    /// <summary>Returns the wire name of a user status.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name, for example <c>on_leave</c>.</returns>
    public static string ToWireName(this UserStatus value) => UserStatus.ToWireName(value);

    /// <summary>Returns the wire name of a vendor type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this VendorType value) => VendorType.ToWireName(value);

    /// <summary>Returns the wire name of a vendor status.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this VendorStatus value) => VendorStatus.ToWireName(value);

    /// <summary>Returns the wire name of an audit action.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this AuditAction value) => AuditAction.ToWireName(value);

    /// <summary>Returns the wire name of an audit outcome.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this AuditOutcome value) => AuditOutcome.ToWireName(value);

    /// <summary>Returns the wire name of an entity type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this EntityType value) => EntityType.ToWireName(value);
}
