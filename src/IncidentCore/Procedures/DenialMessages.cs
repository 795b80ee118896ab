using IncidentCore.Policy;

namespace IncidentCore.Procedures;

/// <summary>Turns a denial into a message a person can act on.</summary>
internal static class DenialMessages
{
    public static string For(Operation operation, in AuthorizationDecision decision)
    {
        var what = ProcedureRuntime.Describe(operation);
        var why = decision.DenialReason switch
        {
            DenialReason.ActorNotFound => "the acting user does not exist",
            DenialReason.ActorNotActive => "the acting user is not active (inactive or on leave users may do nothing)",
            DenialReason.RoleNotPermitted => "the acting user's role may not run this procedure",
            DenialReason.NotAssignedToClient => "the acting user is not assigned to this client",
            DenialReason.NotAssignedToVendor => "the acting user is not assigned to this vendor",
            DenialReason.SystemAdministratorRoleProtected => "only a system administrator may grant or remove the system_administrator role",
            DenialReason.OwnRoleOrStatusChange => "nobody may change their own role or status",
            _ => "no rule permits it",
        };
        return $"{what} denied ({decision.Reason}): {why}. Nothing was changed.";
    }
}
