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
    ];

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
