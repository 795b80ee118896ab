using System.Globalization;
using IncidentCore.Domain;

namespace IncidentCore.Specification.Tests;

/// <summary>
/// Records for staging straight through the ports, each unique by a number: every required and optional field is
/// set, values use mixed case (so lookups must use the normalised keys), and timestamps carry microseconds.
/// </summary>
internal static class SpecificationRecords
{
    /// <summary>Microseconds past the clock, so timestamps check sub-second precision.</summary>
    public static readonly TimeSpan Fraction = TimeSpan.FromTicks(1_234_560);

    public static Client Client(string clientId, int n, DateTimeOffset at) => new()
    {
        ClientId = clientId,
        ClientName = $"Northwind Traders {N(n)}",
        RegistrationNumber = $"Reg-{N(n)}-cz",
        ContactEmail = $"Ops.Desk{N(n)}@Northwind.Example",
        ClientType = ClientType.MidMarket,
        Industry = "Retail",
        Country = "Czech Republic",
        Status = ClientStatus.Suspended,
        CreatedAt = at + Fraction,
        UpdatedAt = at + Fraction + Fraction,
        Version = 1,
    };

    public static User User(string userId, int n, DateTimeOffset at, string? clientId = null, string? vendorId = null) => new()
    {
        UserId = userId,
        Name = $"Dana Whitfield {N(n)}",
        Email = $"Dana.Whitfield{N(n)}@Example.COM",
        Role = UserRole.AccountManager,
        Department = "Support",
        ClientId = clientId,
        VendorId = vendorId,
        Timezone = "America/New_York",
        Status = UserStatus.Active,
        CreatedAt = at + Fraction,
        UpdatedAt = at + Fraction + Fraction,
        Version = 1,
    };

    public static Vendor Vendor(string vendorId, int n, DateTimeOffset at) => new()
    {
        VendorId = vendorId,
        VendorName = $"CloudWorks {N(n)} Ltd",
        VendorType = VendorType.CloudProvider,
        ContactEmail = $"Support{N(n)}@CloudWorks.Example",
        ContactPhone = $"+1713638{N(n)}",
        Status = VendorStatus.Inactive,
        CreatedAt = at + Fraction,
        UpdatedAt = at + Fraction + Fraction,
        Version = 1,
    };

    public static AuditEntry Audit(string auditId, string entityId, string actorUserId, DateTimeOffset at) => new()
    {
        AuditId = auditId,
        Action = AuditAction.Create,
        EntityType = EntityType.Client,
        EntityId = entityId,
        ActorUserId = actorUserId,
        CreatedAt = at + Fraction,
        Outcome = AuditOutcome.Succeeded,
        Reason = "system_administrator_may_onboard_clients",
        ChangedFields = ["client_name", "registration_number", "contact_email", "client_type", "status"],
        ValueChanges =
        [
            new AuditValueChange("client_type", null, "mid_market"),
            new AuditValueChange("status", null, "active"),
        ],
    };

    private static string N(int n) => n.ToString("D4", CultureInfo.InvariantCulture);
}
