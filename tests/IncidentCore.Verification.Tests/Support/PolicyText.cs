using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>
/// The policy's role × SOP table, restated by hand from the policy text (not from the engine's rows):
/// Client Management — System Administrator, Account Manager (assigned to the client for update operation);
/// User Management — System Administrator, Incident Manager;
/// Vendor Management — system administrators, incident managers and executives;
/// and for every operation: the user must be active.
/// </summary>
internal static class PolicyText
{
    public static IReadOnlyList<Operation> Operations { get; } =
        [Operation.ClientOnboarding, Operation.ClientUpdate, Operation.UserRegistration, Operation.UserUpdate, Operation.VendorRegistration, Operation.VendorUpdate];

    public static IReadOnlyList<UserRole> Roles { get; } =
    [
        UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.TechnicalSupport, UserRole.AccountManager,
        UserRole.Executive, UserRole.ClientContact, UserRole.VendorContact,
    ];

    /// <summary>Whether the role may run the operation at all, ignoring association.</summary>
    public static bool RoleAppearsFor(Operation operation, UserRole role) => operation switch
    {
        Operation.ClientOnboarding => role is UserRole.SystemAdministrator or UserRole.AccountManager,
        Operation.ClientUpdate => role is UserRole.SystemAdministrator or UserRole.AccountManager,
        Operation.UserRegistration => role is UserRole.SystemAdministrator or UserRole.IncidentManager,
        Operation.UserUpdate => role is UserRole.SystemAdministrator or UserRole.IncidentManager,
        Operation.VendorRegistration => role is UserRole.SystemAdministrator or UserRole.IncidentManager or UserRole.Executive,
        Operation.VendorUpdate => role is UserRole.SystemAdministrator or UserRole.IncidentManager or UserRole.Executive,
        _ => false,
    };

    /// <summary>Whether the role may run the operation given whether the actor is assigned to the target client.</summary>
    public static bool Permits(Operation operation, UserRole role, bool assignedToTargetClient) => operation switch
    {
        Operation.ClientUpdate => role == UserRole.SystemAdministrator || (role == UserRole.AccountManager && assignedToTargetClient),
        _ => RoleAppearsFor(operation, role),
    };
}
