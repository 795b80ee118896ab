using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>The operations the policy governs: one per standard operating procedure. Each has its wire name just below.</summary>
public enum Operation
{
    /// <summary>client_onboarding: create a client.</summary>
    ClientOnboarding = 1,

    /// <summary>client_update: change a client's details or status.</summary>
    ClientUpdate = 2,

    /// <summary>user_registration: register a user account.</summary>
    UserRegistration = 3,

    /// <summary>user_update: change a user's details, role or status.</summary>
    UserUpdate = 4,

    /// <summary>vendor_registration: register a vendor.</summary>
    VendorRegistration = 5,

    /// <summary>vendor_update: change a vendor's details or status (an extension following the Vendor Management roles).</summary>
    VendorUpdate = 6,

    /// <summary>client_read: read a client record.</summary>
    ClientRead = 7,

    /// <summary>user_read: read a user record (by id or by email).</summary>
    UserRead = 8,

    /// <summary>vendor_read: read a vendor record.</summary>
    VendorRead = 9,

    /// <summary>audit_trail_read: read the audit trail, a page at a time.</summary>
    AuditTrailRead = 10,

    /// <summary>product_create: add a product.</summary>
    ProductCreate = 11,

    /// <summary>product_update: change a product's details or status.</summary>
    ProductUpdate = 12,

    /// <summary>component_create: add an infrastructure component.</summary>
    ComponentCreate = 13,

    /// <summary>component_update: change a component's details or status.</summary>
    ComponentUpdate = 14,

    /// <summary>incident_report: report an incident.</summary>
    IncidentReport = 15,

    /// <summary>incident_update: change an incident's status, assignment, severity, impact, urgency, title or category.</summary>
    IncidentUpdate = 16,

    /// <summary>incident_status_update: move an incident's status to investigating, in_progress or resolved and change nothing else.</summary>
    IncidentStatusUpdate = 17,

    /// <summary>incident_read: read an incident with its history, escalations and communications.</summary>
    IncidentRead = 18,

    /// <summary>client_incidents_list: list a client's incidents.</summary>
    ClientIncidentsList = 19,

    /// <summary>escalation_create: escalate an incident.</summary>
    EscalationCreate = 20,

    /// <summary>escalation_resolve: resolve an escalation.</summary>
    EscalationResolve = 21,

    /// <summary>escalation_cancel: cancel an escalation.</summary>
    EscalationCancel = 22,

    /// <summary>communication_record: record a communication about an incident.</summary>
    CommunicationRecord = 23,

    /// <summary>communication_delivery_update: change a communication's delivery status.</summary>
    CommunicationDeliveryUpdate = 24,

    /// <summary>review_schedule: schedule a post-incident review.</summary>
    ReviewSchedule = 25,

    /// <summary>review_complete: complete a post-incident review.</summary>
    ReviewComplete = 26,

    /// <summary>review_cancel: cancel a post-incident review.</summary>
    ReviewCancel = 27,

    /// <summary>change_request_create: request a change.</summary>
    ChangeRequestCreate = 28,

    /// <summary>change_approve: approve a requested change (only a holder of the role its approval rule requires).</summary>
    ChangeApprove = 29,

    /// <summary>change_reject: reject a requested change (only a holder of the role its approval rule requires).</summary>
    ChangeReject = 30,

    /// <summary>change_schedule: schedule an approved change.</summary>
    ChangeSchedule = 31,

    /// <summary>change_start: start an approved or scheduled change (execute).</summary>
    ChangeStart = 32,

    /// <summary>change_complete: complete a change in progress (execute).</summary>
    ChangeComplete = 33,

    /// <summary>change_fail: record that a change in progress failed (execute).</summary>
    ChangeFail = 34,

    /// <summary>change_request_read: read a change request.</summary>
    ChangeRequestRead = 35,

    /// <summary>rollback_request_create: request the rollback of a change that ran.</summary>
    RollbackRequestCreate = 36,

    /// <summary>rollback_approve: approve a requested rollback.</summary>
    RollbackApprove = 37,

    /// <summary>rollback_reject: reject a requested rollback.</summary>
    RollbackReject = 38,

    /// <summary>rollback_start: start an approved rollback (execute).</summary>
    RollbackStart = 39,

    /// <summary>rollback_complete: complete a rollback in progress, rolling its change back (execute).</summary>
    RollbackComplete = 40,

    /// <summary>rollback_fail: record that a rollback in progress failed (execute).</summary>
    RollbackFail = 41,

    /// <summary>rollback_request_read: read a rollback request.</summary>
    RollbackRequestRead = 42,
}

/// <summary>The operations' wire names, kept beside the operations so that adding one is one edit.</summary>
public static partial class PolicyNames
{
    /// <summary>Operation names (client_onboarding, client_update, user_registration, user_update, vendor_registration, vendor_update, and the reads).</summary>
    public static WireNameTable<Operation> Operation { get; } = new(
        (Policy.Operation.ClientOnboarding, "client_onboarding"),
        (Policy.Operation.ClientUpdate, "client_update"),
        (Policy.Operation.UserRegistration, "user_registration"),
        (Policy.Operation.UserUpdate, "user_update"),
        (Policy.Operation.VendorRegistration, "vendor_registration"),
        (Policy.Operation.VendorUpdate, "vendor_update"),
        (Policy.Operation.ClientRead, "client_read"),
        (Policy.Operation.UserRead, "user_read"),
        (Policy.Operation.VendorRead, "vendor_read"),
        (Policy.Operation.AuditTrailRead, "audit_trail_read"),
        (Policy.Operation.ProductCreate, "product_create"),
        (Policy.Operation.ProductUpdate, "product_update"),
        (Policy.Operation.ComponentCreate, "component_create"),
        (Policy.Operation.ComponentUpdate, "component_update"),
        (Policy.Operation.IncidentReport, "incident_report"),
        (Policy.Operation.IncidentUpdate, "incident_update"),
        (Policy.Operation.IncidentStatusUpdate, "incident_status_update"),
        (Policy.Operation.IncidentRead, "incident_read"),
        (Policy.Operation.ClientIncidentsList, "client_incidents_list"),
        (Policy.Operation.EscalationCreate, "escalation_create"),
        (Policy.Operation.EscalationResolve, "escalation_resolve"),
        (Policy.Operation.EscalationCancel, "escalation_cancel"),
        (Policy.Operation.CommunicationRecord, "communication_record"),
        (Policy.Operation.CommunicationDeliveryUpdate, "communication_delivery_update"),
        (Policy.Operation.ReviewSchedule, "review_schedule"),
        (Policy.Operation.ReviewComplete, "review_complete"),
        (Policy.Operation.ReviewCancel, "review_cancel"),
        (Policy.Operation.ChangeRequestCreate, "change_request_create"),
        (Policy.Operation.ChangeApprove, "change_approve"),
        (Policy.Operation.ChangeReject, "change_reject"),
        (Policy.Operation.ChangeSchedule, "change_schedule"),
        (Policy.Operation.ChangeStart, "change_start"),
        (Policy.Operation.ChangeComplete, "change_complete"),
        (Policy.Operation.ChangeFail, "change_fail"),
        (Policy.Operation.ChangeRequestRead, "change_request_read"),
        (Policy.Operation.RollbackRequestCreate, "rollback_request_create"),
        (Policy.Operation.RollbackApprove, "rollback_approve"),
        (Policy.Operation.RollbackReject, "rollback_reject"),
        (Policy.Operation.RollbackStart, "rollback_start"),
        (Policy.Operation.RollbackComplete, "rollback_complete"),
        (Policy.Operation.RollbackFail, "rollback_fail"),
        (Policy.Operation.RollbackRequestRead, "rollback_request_read"));

    /// <summary>Returns the wire name of an operation.</summary>
    /// <param name="value">The operation.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this Operation value) => Operation.ToWireName(value);
}
