using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>
/// Everything a store holds, read through the public ports: every client, user, vendor and audit entry; for the
/// in-memory store also every incident-domain record.
/// </summary>
internal sealed record StoreSnapshot(
    IReadOnlyList<Client> Clients,
    IReadOnlyList<User> Users,
    IReadOnlyList<Vendor> Vendors,
    IReadOnlyList<AuditEntry> AuditTrail)
{
    public static async Task<StoreSnapshot> TakeAsync(IUnitOfWorkFactory store)
    {
        await using var work = await store.BeginAsync();
        var clients = await work.Clients.ListAsync(0, int.MaxValue);
        var users = await work.Users.ListAsync(0, int.MaxValue);
        var vendors = await work.Vendors.ListAsync(0, int.MaxValue);
        var audit = await work.AuditTrail.ListAsync(null, int.MaxValue);
        return new StoreSnapshot(clients, users, vendors, audit) { Incidents = store is InMemoryStore memory ? IncidentRecords.Of(memory) : null };
    }

    /// <summary>The incident-domain records, when the store is the in-memory one.</summary>
    public IncidentRecords? Incidents { get; init; }

    public static StoreSnapshot Take(IUnitOfWorkFactory store) => TakeAsync(store).GetAwaiter().GetResult();

    /// <summary>Whether two snapshots hold exactly the same records and audit entries, in the same order.</summary>
    public bool SameAs(StoreSnapshot other) =>
        Clients.SequenceEqual(other.Clients)
        && Users.SequenceEqual(other.Users)
        && Vendors.SequenceEqual(other.Vendors)
        && AuditTrail.Select(Describe).SequenceEqual(other.AuditTrail.Select(Describe), StringComparer.Ordinal)
        && (Incidents is null ? other.Incidents is null : other.Incidents is not null && Incidents.SameAs(other.Incidents));

    /// <summary>An audit entry as text, lists included, so that entries compare by content.</summary>
    public static string Describe(AuditEntry entry) =>
        $"{entry.AuditId}|{entry.Action}|{entry.EntityType}|{entry.EntityId}|{entry.ActorUserId}|{entry.CreatedAt:O}|{entry.Outcome}|{entry.Reason}|"
        + $"{string.Join(",", entry.ChangedFields)}|{string.Join(",", entry.ValueChanges.Select(c => $"{c.Field}:{c.OldValue}>{c.NewValue}"))}";

    public override string ToString() =>
        $"{Clients.Count} clients, {Users.Count} users, {Vendors.Count} vendors, {AuditTrail.Count} audit entries"
        + (Incidents is null ? "" : $", {Incidents}");
}
