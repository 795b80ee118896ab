using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>
/// The policy's authority rules, as data. Read top to bottom, this is the whole of who may do what:
/// everything not permitted here is denied, and a forbid that holds overrides every permit.
/// Later procedures add rows here, not code paths.
/// </summary>
public static class PolicyTable
{
    /// <summary>The permit rows (operation × role × association).</summary>
    public static IReadOnlyList<PermitRule> Permits { get; } =
    [
        // Client Management: System Administrator, Account Manager (assigned to the client for update).
        new("client_onboarding.system_administrator", Operation.ClientOnboarding, UserRole.SystemAdministrator),
        new("client_onboarding.account_manager", Operation.ClientOnboarding, UserRole.AccountManager),
        new("client_update.system_administrator", Operation.ClientUpdate, UserRole.SystemAdministrator),
        new("client_update.account_manager_assigned_to_client", Operation.ClientUpdate, UserRole.AccountManager, AssociationRequirement.AssignedToClient),

        // User Management: System Administrator, Incident Manager.
        new("user_registration.system_administrator", Operation.UserRegistration, UserRole.SystemAdministrator),
        new("user_registration.incident_manager", Operation.UserRegistration, UserRole.IncidentManager),
        new("user_update.system_administrator", Operation.UserUpdate, UserRole.SystemAdministrator),
        new("user_update.incident_manager", Operation.UserUpdate, UserRole.IncidentManager),

        // Vendor Management: system administrators, incident managers and executives.
        new("vendor_registration.system_administrator", Operation.VendorRegistration, UserRole.SystemAdministrator),
        new("vendor_registration.incident_manager", Operation.VendorRegistration, UserRole.IncidentManager),
        new("vendor_registration.executive", Operation.VendorRegistration, UserRole.Executive),

        // Vendor update (an extension, not in the policy text): the same vendor-management roles.
        new("vendor_update.system_administrator", Operation.VendorUpdate, UserRole.SystemAdministrator),
        new("vendor_update.incident_manager", Operation.VendorUpdate, UserRole.IncidentManager),
        new("vendor_update.executive", Operation.VendorUpdate, UserRole.Executive),

        // Reads are governed like writes. Staff who manage or work incidents read the registry; an account manager
        // reads only its assigned client and that client's users; client and vendor contacts only their own
        // organisation's record and its users.
        new("client_read.system_administrator", Operation.ClientRead, UserRole.SystemAdministrator),
        new("client_read.incident_manager", Operation.ClientRead, UserRole.IncidentManager),
        new("client_read.technical_support", Operation.ClientRead, UserRole.TechnicalSupport),
        new("client_read.executive", Operation.ClientRead, UserRole.Executive),
        new("client_read.account_manager_assigned_to_client", Operation.ClientRead, UserRole.AccountManager, AssociationRequirement.AssignedToClient),
        new("client_read.client_contact_of_client", Operation.ClientRead, UserRole.ClientContact, AssociationRequirement.AssignedToClient),

        new("user_read.system_administrator", Operation.UserRead, UserRole.SystemAdministrator),
        new("user_read.incident_manager", Operation.UserRead, UserRole.IncidentManager),
        new("user_read.technical_support", Operation.UserRead, UserRole.TechnicalSupport),
        new("user_read.executive", Operation.UserRead, UserRole.Executive),
        new("user_read.account_manager_of_users_client", Operation.UserRead, UserRole.AccountManager, AssociationRequirement.AssignedToClient),
        new("user_read.client_contact_of_users_client", Operation.UserRead, UserRole.ClientContact, AssociationRequirement.AssignedToClient),
        new("user_read.vendor_contact_of_users_vendor", Operation.UserRead, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),

        new("vendor_read.system_administrator", Operation.VendorRead, UserRole.SystemAdministrator),
        new("vendor_read.incident_manager", Operation.VendorRead, UserRole.IncidentManager),
        new("vendor_read.technical_support", Operation.VendorRead, UserRole.TechnicalSupport),
        new("vendor_read.executive", Operation.VendorRead, UserRole.Executive),
        new("vendor_read.vendor_contact_of_vendor", Operation.VendorRead, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),

        // The audit trail records who did what to every record: only system administrators read it.
        new("audit_trail_read.system_administrator", Operation.AuditTrailRead, UserRole.SystemAdministrator),

        // Products and infrastructure components: system administrators manage them; technical support maintains
        // infrastructure components and the products they run.
        new("product_create.system_administrator", Operation.ProductCreate, UserRole.SystemAdministrator),
        new("product_create.technical_support", Operation.ProductCreate, UserRole.TechnicalSupport),
        new("product_update.system_administrator", Operation.ProductUpdate, UserRole.SystemAdministrator),
        new("product_update.technical_support", Operation.ProductUpdate, UserRole.TechnicalSupport),
        new("component_create.system_administrator", Operation.ComponentCreate, UserRole.SystemAdministrator),
        new("component_create.technical_support", Operation.ComponentCreate, UserRole.TechnicalSupport),
        new("component_update.system_administrator", Operation.ComponentUpdate, UserRole.SystemAdministrator),
        new("component_update.technical_support", Operation.ComponentUpdate, UserRole.TechnicalSupport),

        // Incidents. Client contacts report incidents affecting their organisation; vendor contacts report and update
        // the status of incidents on their vendor's products.
        new("incident_report.incident_manager", Operation.IncidentReport, UserRole.IncidentManager),
        new("incident_report.technical_support", Operation.IncidentReport, UserRole.TechnicalSupport),
        new("incident_report.system_administrator", Operation.IncidentReport, UserRole.SystemAdministrator),
        new("incident_report.executive", Operation.IncidentReport, UserRole.Executive),
        new("incident_report.client_contact_of_client", Operation.IncidentReport, UserRole.ClientContact, AssociationRequirement.AssignedToClient),
        new("incident_report.vendor_contact_of_vendor", Operation.IncidentReport, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),
        new("incident_update.incident_manager", Operation.IncidentUpdate, UserRole.IncidentManager),
        new("incident_update.technical_support", Operation.IncidentUpdate, UserRole.TechnicalSupport),
        new("incident_update.executive", Operation.IncidentUpdate, UserRole.Executive),
        new("incident_status_update.incident_manager", Operation.IncidentStatusUpdate, UserRole.IncidentManager),
        new("incident_status_update.technical_support", Operation.IncidentStatusUpdate, UserRole.TechnicalSupport),
        new("incident_status_update.executive", Operation.IncidentStatusUpdate, UserRole.Executive),
        new("incident_status_update.vendor_contact_of_vendor", Operation.IncidentStatusUpdate, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),
        new("incident_read.system_administrator", Operation.IncidentRead, UserRole.SystemAdministrator),
        new("incident_read.incident_manager", Operation.IncidentRead, UserRole.IncidentManager),
        new("incident_read.technical_support", Operation.IncidentRead, UserRole.TechnicalSupport),
        new("incident_read.account_manager", Operation.IncidentRead, UserRole.AccountManager),
        new("incident_read.executive", Operation.IncidentRead, UserRole.Executive),
        new("incident_read.client_contact_of_client", Operation.IncidentRead, UserRole.ClientContact, AssociationRequirement.AssignedToClient),
        new("incident_read.vendor_contact_of_vendor", Operation.IncidentRead, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),
        new("client_incidents_list.system_administrator", Operation.ClientIncidentsList, UserRole.SystemAdministrator),
        new("client_incidents_list.incident_manager", Operation.ClientIncidentsList, UserRole.IncidentManager),
        new("client_incidents_list.technical_support", Operation.ClientIncidentsList, UserRole.TechnicalSupport),
        new("client_incidents_list.account_manager", Operation.ClientIncidentsList, UserRole.AccountManager),
        new("client_incidents_list.executive", Operation.ClientIncidentsList, UserRole.Executive),
        new("client_incidents_list.client_contact_of_client", Operation.ClientIncidentsList, UserRole.ClientContact, AssociationRequirement.AssignedToClient),

        // Escalations: incident managers coordinate them, executives approve them, technical support raises them, an
        // account manager for its assigned client; the escalation's target resolves or cancels it too.
        new("escalation_create.incident_manager", Operation.EscalationCreate, UserRole.IncidentManager),
        new("escalation_create.technical_support", Operation.EscalationCreate, UserRole.TechnicalSupport),
        new("escalation_create.executive", Operation.EscalationCreate, UserRole.Executive),
        new("escalation_create.account_manager_of_client", Operation.EscalationCreate, UserRole.AccountManager, AssociationRequirement.AssignedToClient),
        .. EscalationClosers(Operation.EscalationResolve, "escalation_resolve"),
        .. EscalationClosers(Operation.EscalationCancel, "escalation_cancel"),

        // Communications: incident managers and technical support; an account manager for its assigned client; a
        // vendor contact on its vendor's incidents. The sender, incident managers and technical support track delivery.
        new("communication_record.incident_manager", Operation.CommunicationRecord, UserRole.IncidentManager),
        new("communication_record.technical_support", Operation.CommunicationRecord, UserRole.TechnicalSupport),
        new("communication_record.account_manager_of_client", Operation.CommunicationRecord, UserRole.AccountManager, AssociationRequirement.AssignedToClient),
        new("communication_record.vendor_contact_of_vendor", Operation.CommunicationRecord, UserRole.VendorContact, AssociationRequirement.AssignedToVendor),
        new("communication_delivery_update.incident_manager", Operation.CommunicationDeliveryUpdate, UserRole.IncidentManager),
        new("communication_delivery_update.technical_support", Operation.CommunicationDeliveryUpdate, UserRole.TechnicalSupport),
        .. SenderRows(),

        // Post-incident reviews: incident managers facilitate them, executives oversee them.
        new("review_schedule.incident_manager", Operation.ReviewSchedule, UserRole.IncidentManager),
        new("review_schedule.executive", Operation.ReviewSchedule, UserRole.Executive),
        new("review_complete.incident_manager", Operation.ReviewComplete, UserRole.IncidentManager),
        new("review_complete.executive", Operation.ReviewComplete, UserRole.Executive),
        new("review_cancel.incident_manager", Operation.ReviewCancel, UserRole.IncidentManager),
        new("review_cancel.executive", Operation.ReviewCancel, UserRole.Executive),

        // Changes: technical support, system administrators, incident managers and executives request them; whoever
        // could approve one decides it, and the approval rule (ApprovalTable) says whose role a request needs;
        // technical support and system administrators schedule and execute them. Reads: internal roles.
        new("change_request_create.technical_support", Operation.ChangeRequestCreate, UserRole.TechnicalSupport),
        new("change_request_create.system_administrator", Operation.ChangeRequestCreate, UserRole.SystemAdministrator),
        new("change_request_create.incident_manager", Operation.ChangeRequestCreate, UserRole.IncidentManager),
        new("change_request_create.executive", Operation.ChangeRequestCreate, UserRole.Executive),
        new("change_approve.incident_manager", Operation.ChangeApprove, UserRole.IncidentManager),
        new("change_approve.executive", Operation.ChangeApprove, UserRole.Executive),
        new("change_reject.incident_manager", Operation.ChangeReject, UserRole.IncidentManager),
        new("change_reject.executive", Operation.ChangeReject, UserRole.Executive),
        .. Implementers(Operation.ChangeSchedule, "change_schedule"),
        .. Implementers(Operation.ChangeStart, "change_start"),
        .. Implementers(Operation.ChangeComplete, "change_complete"),
        .. Implementers(Operation.ChangeFail, "change_fail"),
        .. InternalReaders(Operation.ChangeRequestRead, "change_request_read"),

        // Rollbacks: technical support, incident managers and executives request them; incident managers and
        // executives decide them; technical support and system administrators execute them. Reads: internal roles.
        new("rollback_request_create.technical_support", Operation.RollbackRequestCreate, UserRole.TechnicalSupport),
        new("rollback_request_create.incident_manager", Operation.RollbackRequestCreate, UserRole.IncidentManager),
        new("rollback_request_create.executive", Operation.RollbackRequestCreate, UserRole.Executive),
        new("rollback_approve.incident_manager", Operation.RollbackApprove, UserRole.IncidentManager),
        new("rollback_approve.executive", Operation.RollbackApprove, UserRole.Executive),
        new("rollback_reject.incident_manager", Operation.RollbackReject, UserRole.IncidentManager),
        new("rollback_reject.executive", Operation.RollbackReject, UserRole.Executive),
        .. Implementers(Operation.RollbackStart, "rollback_start"),
        .. Implementers(Operation.RollbackComplete, "rollback_complete"),
        .. Implementers(Operation.RollbackFail, "rollback_fail"),
        .. InternalReaders(Operation.RollbackRequestRead, "rollback_request_read"),
    ];

    /// <summary>Who schedules and executes changes and rollbacks: technical support and system administrators.</summary>
    private static IEnumerable<PermitRule> Implementers(Operation operation, string name)
    {
        yield return new($"{name}.technical_support", operation, UserRole.TechnicalSupport);
        yield return new($"{name}.system_administrator", operation, UserRole.SystemAdministrator);
    }

    /// <summary>Who reads change and rollback requests: the internal roles (every role but client and vendor contacts).</summary>
    private static IEnumerable<PermitRule> InternalReaders(Operation operation, string name)
    {
        yield return new($"{name}.system_administrator", operation, UserRole.SystemAdministrator);
        yield return new($"{name}.incident_manager", operation, UserRole.IncidentManager);
        yield return new($"{name}.technical_support", operation, UserRole.TechnicalSupport);
        yield return new($"{name}.account_manager", operation, UserRole.AccountManager);
        yield return new($"{name}.executive", operation, UserRole.Executive);
    }

    /// <summary>Who may resolve or cancel an escalation: incident managers, executives, and its target whatever their role.</summary>
    private static IEnumerable<PermitRule> EscalationClosers(Operation operation, string name)
    {
        yield return new($"{name}.incident_manager", operation, UserRole.IncidentManager);
        yield return new($"{name}.executive", operation, UserRole.Executive);
        foreach (var role in Enum.GetValues<UserRole>())
        {
            if (role is not (UserRole.IncidentManager or UserRole.Executive))
            {
                yield return new($"{name}.escalation_target", operation, role, AssociationRequirement.IsNamedUser);
            }
        }
    }

    /// <summary>The sender of a communication, whatever their role, may update its delivery status.</summary>
    private static IEnumerable<PermitRule> SenderRows()
    {
        foreach (var role in Enum.GetValues<UserRole>())
        {
            if (role is not (UserRole.IncidentManager or UserRole.TechnicalSupport))
            {
                yield return new("communication_delivery_update.sender", Operation.CommunicationDeliveryUpdate, role, AssociationRequirement.IsNamedUser);
            }
        }
    }

    /// <summary>The forbid that always applies: a user who is not active may do nothing.</summary>
    public static ForbidRule ActorMustBeActive { get; } =
        new("actor_must_be_active", ForbidCondition.ActorNotActive, DenialReason.ActorNotActive);

    /// <summary>Opt-in: only a system administrator may create a system administrator, grant or remove the role, or change any field of a system administrator's record.</summary>
    public static ForbidRule OnlySystemAdministratorsManageSystemAdministrators { get; } =
        new("only_system_administrators_manage_system_administrators", ForbidCondition.SystemAdministratorRoleChangedByNonAdministrator, DenialReason.SystemAdministratorRoleProtected);

    /// <summary>Opt-in: nobody changes their own role or status.</summary>
    public static ForbidRule NoSelfRoleOrStatusChange { get; } =
        new("no_self_role_or_status_change", ForbidCondition.OwnRoleOrStatusChanged, DenialReason.OwnRoleOrStatusChange);

    /// <summary>The forbid rows in force for the given hardening switches.</summary>
    /// <param name="onlySystemAdministratorsManageSystemAdministrators">Whether the first opt-in forbid applies.</param>
    /// <param name="forbidSelfRoleOrStatusChange">Whether the second opt-in forbid applies.</param>
    /// <returns>The forbid rows.</returns>
    public static IReadOnlyList<ForbidRule> Forbids(bool onlySystemAdministratorsManageSystemAdministrators = false, bool forbidSelfRoleOrStatusChange = false)
    {
        var rules = new List<ForbidRule> { ActorMustBeActive };
        if (onlySystemAdministratorsManageSystemAdministrators)
        {
            rules.Add(OnlySystemAdministratorsManageSystemAdministrators);
        }

        if (forbidSelfRoleOrStatusChange)
        {
            rules.Add(NoSelfRoleOrStatusChange);
        }

        return rules;
    }
}
