using IncidentCore.Domain;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>Records for staging straight through the ports in the session tests, each unique by its number.</summary>
internal static class StoreRecords
{
    public static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    public static Client Client(int n, string? industry = "Retail") => new()
    {
        ClientId = $"client-{n}",
        ClientName = $"Northwind {n}",
        RegistrationNumber = $"REG-{n}",
        ContactEmail = $"ops{n}@northwind.example",
        ClientType = ClientType.MidMarket,
        Industry = industry,
        CreatedAt = PolicyTime,
        UpdatedAt = PolicyTime,
    };

    public static User Administrator(int n) => new()
    {
        UserId = $"admin-{n}",
        Name = $"Ada Administrator {n}",
        Email = $"ada{n}@example.com",
        Role = UserRole.SystemAdministrator,
        CreatedAt = PolicyTime,
        UpdatedAt = PolicyTime,
    };

    public static AuditEntry Created(string auditId, string clientId, string reason = "client_onboarding.system_administrator") => new()
    {
        AuditId = auditId,
        Action = AuditAction.Create,
        EntityType = EntityType.Client,
        EntityId = clientId,
        ActorUserId = "admin-1",
        CreatedAt = PolicyTime,
        Outcome = AuditOutcome.Succeeded,
        Reason = reason,
    };
}
