using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Authorization;

/// <summary>What one permit or forbid row means, stated from the rows' documentation, for checking the engine against.</summary>
internal static class RuleMeaning
{
    public static bool PermitHolds(PermitRule rule, User actor, AuthorizationRequest request) =>
        rule.Operation == request.Operation
        && rule.Role == actor.Role
        && rule.Association switch
        {
            AssociationRequirement.None => true,
            AssociationRequirement.AssignedToClient => actor.ClientId is not null && actor.ClientId == request.TargetClientId,
            AssociationRequirement.AssignedToVendor => actor.VendorId is not null && actor.VendorId == request.TargetVendorId,
            _ => false,
        };

    public static bool ForbidHolds(ForbidRule rule, User actor, AuthorizationRequest request) => rule.Condition switch
    {
        ForbidCondition.ActorNotActive => actor.Status != UserStatus.Active,
        ForbidCondition.SystemAdministratorRoleChangedByNonAdministrator =>
            request.Changes.HasFlag(SensitiveChange.SystemAdministratorRole) && actor.Role != UserRole.SystemAdministrator,
        ForbidCondition.OwnRoleOrStatusChanged => request.Changes.HasFlag(SensitiveChange.OwnRoleOrStatus),
        _ => false,
    };
}
