using IncidentCore.Domain;

namespace IncidentCore.Procedures.Definitions;

/// <summary>Facts about roles the incident rules use.</summary>
internal static class Roles
{
    /// <summary>Internal roles are every role but the client and vendor contacts.</summary>
    public static bool IsInternal(UserRole role) => role is not (UserRole.ClientContact or UserRole.VendorContact);
}
