using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Differential;

/// <summary>
/// A naive authorizer written straight from the policy text, with no tables, slots or ordering: who the actor is,
/// whether they are active, and the role × SOP table of <see cref="PolicyText"/>. The two opt-in hardening rules are
/// restated from their documentation.
/// </summary>
internal static class ReferenceEvaluator
{
    public static ReferenceVerdict Decide(User? actor, AuthorizationRequest request, Hardening hardening)
    {
        if (actor is null)
        {
            return ReferenceVerdict.Deny(DenialReason.ActorNotFound);
        }

        var forbidden = new List<DenialReason>();
        if (actor.Status != UserStatus.Active)
        {
            forbidden.Add(DenialReason.ActorNotActive);
        }

        if (hardening.OnlySystemAdministratorsManageSystemAdministrators
            && request.Changes.HasFlag(SensitiveChange.SystemAdministratorRole)
            && actor.Role != UserRole.SystemAdministrator)
        {
            forbidden.Add(DenialReason.SystemAdministratorRoleProtected);
        }

        if (hardening.ForbidSelfRoleOrStatusChange && request.Changes.HasFlag(SensitiveChange.OwnRoleOrStatus))
        {
            forbidden.Add(DenialReason.OwnRoleOrStatusChange);
        }

        if (forbidden.Count > 0)
        {
            return ReferenceVerdict.Deny([.. forbidden]);
        }

        var assigned = actor.ClientId is not null && actor.ClientId == request.TargetClientId;
        if (PolicyText.Permits(request.Operation, actor.Role, assigned))
        {
            return ReferenceVerdict.Allow;
        }

        return PolicyText.RoleAppearsFor(request.Operation, actor.Role)
            ? ReferenceVerdict.Deny(DenialReason.NotAssignedToClient)
            : ReferenceVerdict.Deny(DenialReason.RoleNotPermitted);
    }
}
