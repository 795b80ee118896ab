using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>Wire names of the policy's enumerations (the operations' own are beside <see cref="Policy.Operation"/>).</summary>
public static partial class PolicyNames
{
    /// <summary>Denial reason names.</summary>
    public static WireNameTable<DenialReason> DenialReason { get; } = new(
        (Policy.DenialReason.None, "none"),
        (Policy.DenialReason.ActorNotFound, "actor_not_found"),
        (Policy.DenialReason.ActorNotActive, "actor_not_active"),
        (Policy.DenialReason.RoleNotPermitted, "role_not_permitted"),
        (Policy.DenialReason.NotAssignedToClient, "not_assigned_to_client"),
        (Policy.DenialReason.NotAssignedToVendor, "not_assigned_to_vendor"),
        (Policy.DenialReason.SystemAdministratorRoleProtected, "system_administrator_role_protected"),
        (Policy.DenialReason.OwnRoleOrStatusChange, "own_role_or_status_change"),
        (Policy.DenialReason.NotNamedUser, "not_named_user"),
        (Policy.DenialReason.ApproverRoleRequired, "approver_role_required"),
        (Policy.DenialReason.OwnRequestDecision, "own_request_decision"));

    /// <summary>Returns the wire name of a denial reason.</summary>
    /// <param name="value">The reason.</param>
    /// <returns>The wire name.</returns>
    public static string ToWireName(this DenialReason value) => DenialReason.ToWireName(value);
}
