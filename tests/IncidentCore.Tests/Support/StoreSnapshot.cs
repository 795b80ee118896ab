using IncidentCore.Domain;

namespace IncidentCore.Tests.Support;

/// <summary>Everything a store holds at one moment, comparable by value.</summary>
internal sealed record StoreSnapshot(
    IReadOnlyList<Client> Clients,
    IReadOnlyList<User> Users,
    IReadOnlyList<Vendor> Vendors,
    IReadOnlyList<AuditEntry> Audit)
{
    public void AssertRecordsEqual(StoreSnapshot other)
    {
        Assert.Equal(Clients, other.Clients);
        Assert.Equal(Users, other.Users);
        Assert.Equal(Vendors, other.Vendors);
    }

    public void AssertUnchanged(StoreSnapshot other)
    {
        AssertRecordsEqual(other);
        Assert.Equal(Audit.Count, other.Audit.Count);
    }
}
