using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>Wire names of the policy's enumerations.</summary>
public static class PolicyNames
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
        (Policy.Operation.VendorRead, "vendor_read"));

    /// <summary>Denial reason names.</summary>
    public static WireNameTable<DenialReason> DenialReason { get; } = new(
        (Policy.DenialReason.None, "none"),
        (Policy.DenialReason.ActorNotFound, "actor_not_found"),
        (Policy.DenialReason.ActorNotActive, "actor_not_active"),
        (Policy.DenialReason.RoleNotPermitted, "role_not_permitted"),
        (Policy.DenialReason.NotAssignedToClient, "not_assigned_to_client"),
        (Policy.DenialReason.NotAssignedToVendor, "not_assigned_to_vendor"),
        (Policy.DenialReason.SystemAdministratorRoleProtected, "system_administrator_role_protected"),
        (Policy.DenialReason.OwnRoleOrStatusChange, "own_role_or_status_change"));

    /// <summary>Returns the wire name of an operation.</summary>
    /// <param name="value">The operation.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this Operation value) => Operation.ToWireName(value);

    /// <summary>Returns the wire name of a denial reason.</summary>
    /// <param name="value">The reason.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this DenialReason value) => DenialReason.ToWireName(value);
}
