using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// Existing records the in-memory store starts with, so a host can start from its current data (for example the
/// first system administrator). Records keep their ids; new ids continue after the highest numeric id seeded.
/// </summary>
public sealed class InMemorySeedData
{
    /// <summary>Clients to start with.</summary>
    public IList<Client> Clients { get; } = [];

    /// <summary>Users to start with.</summary>
    public IList<User> Users { get; } = [];

    /// <summary>Vendors to start with.</summary>
    public IList<Vendor> Vendors { get; } = [];

    /// <summary>Products to start with.</summary>
    public IList<Product> Products { get; } = [];

    /// <summary>Infrastructure components to start with.</summary>
    public IList<InfrastructureComponent> Components { get; } = [];

    /// <summary>Audit entries to start with.</summary>
    public IList<AuditEntry> AuditEntries { get; } = [];
}
