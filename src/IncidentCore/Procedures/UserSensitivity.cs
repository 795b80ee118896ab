using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Procedures;

/// <summary>What the opt-in forbids look at in the user SOPs.</summary>
internal static class UserSensitivity
{
    /// <summary>Registering a system administrator touches a system administrator account.</summary>
    public static SensitiveChange OfRegistration(UserRole role) =>
        role == UserRole.SystemAdministrator ? SensitiveChange.SystemAdministratorRole : SensitiveChange.None;

    /// <summary>
    /// An update touches a system administrator account when its target is one (any field) or when it grants the
    /// role; it changes the actor's own role or status when the target is the actor.
    /// </summary>
    public static SensitiveChange OfUpdate(User actor, User target, UserRole? newRole, bool setsRoleOrStatus)
    {
        var sensitive = SensitiveChange.None;
        if (target.Role == UserRole.SystemAdministrator || newRole == UserRole.SystemAdministrator)
        {
            sensitive |= SensitiveChange.SystemAdministratorRole;
        }

        if (setsRoleOrStatus && string.Equals(actor.UserId, target.UserId, StringComparison.Ordinal))
        {
            sensitive |= SensitiveChange.OwnRoleOrStatus;
        }

        return sensitive;
    }
}
