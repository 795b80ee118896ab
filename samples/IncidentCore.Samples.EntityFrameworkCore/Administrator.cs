using IncidentCore.Domain;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>
/// The first system administrator, written straight to the store (with its audit entry) the way a host seeds a new
/// database. Safe when several processes do it at once: one commits, the others find it or lose with a duplicate.
/// </summary>
internal static class Administrator
{
    public const string UserId = "admin";

    /// <summary>Creates the administrator unless it exists; returns whether this call created it.</summary>
    public static async Task<bool> EnsureAsync(IServiceProvider provider)
    {
        var store = provider.GetRequiredService<IUnitOfWorkFactory>();
        await using var work = await store.BeginAsync();
        if (await work.Users.FindByIdAsync(UserId) is not null)
        {
            return false;
        }

        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        work.Users.Add(new User
        {
            UserId = UserId,
            Name = "Ada Administrator",
            Email = "ada@example.com",
            Role = UserRole.SystemAdministrator,
            Department = "IT",
            CreatedAt = now,
            UpdatedAt = now,
        });
        work.AuditTrail.Append(new AuditEntry
        {
            AuditId = provider.GetRequiredService<IIdGenerator>().NewAuditId(),
            Action = AuditAction.Create,
            EntityType = EntityType.User,
            EntityId = UserId,
            ActorUserId = UserId,
            CreatedAt = now,
            Outcome = AuditOutcome.Succeeded,
            Reason = "bootstrap",
            ChangedFields = ["name", "email", "role", "department", "timezone", "status"],
            ValueChanges = [new AuditValueChange("role", null, "system_administrator"), new AuditValueChange("status", null, "active")],
        });
        var commit = await work.CommitAsync();
        return commit.Status switch
        {
            CommitStatus.Committed => true,
            CommitStatus.Duplicate => false,
            _ => throw new InvalidOperationException($"The first system administrator could not be stored: {commit.Status}."),
        };
    }
}
