using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;

namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// The in-memory store: safe for concurrent callers, with unique keys enforced atomically at commit and no global
/// lock (commits on different keys proceed in parallel). Ids are sequential numbers per record type.
/// </summary>
internal sealed class InMemoryStore : IUnitOfWorkFactory, IIdGenerator
{
    // Appended without a lock (commits of different keys must not wait for each other); read by key.
    private readonly InMemoryAuditLog _audit = new();
    private readonly long[] _next = new long[16];
    private long _nextAudit;

    public InMemoryStore(InMemorySeedData? seed = null)
    {
        // The text-key indexes hold each record's own value and compare values by the text key rule
        // (TextKeyComparer), so that a commit does not make again the keys validation already made for its lookups.
        // The phone, component and escalation indexes hold computed keys, compared as they are.
        Clients = new(1, "client_id", c => c.ClientId, c => c.Version, Sized(seed?.Clients.Count),
            new InMemoryTable<Client>.UniqueIndex("registration_number", c => KeyedValue(c.RegistrationNumber), c => c.RegistrationNumber, TextKeyComparer.Instance),
            new InMemoryTable<Client>.UniqueIndex("contact_email", c => KeyedValue(c.ContactEmail), c => c.ContactEmail, TextKeyComparer.Instance));
        Users = new(2, "user_id", u => u.UserId, u => u.Version, Sized(seed?.Users.Count),
            new InMemoryTable<User>.UniqueIndex("email", u => KeyedValue(u.Email), u => u.Email, TextKeyComparer.Instance));
        Vendors = new(3, "vendor_id", v => v.VendorId, v => v.Version, Sized(seed?.Vendors.Count),
            new InMemoryTable<Vendor>.UniqueIndex("vendor_name", v => KeyedValue(v.VendorName), v => v.VendorName, TextKeyComparer.Instance),
            new InMemoryTable<Vendor>.UniqueIndex("contact_email", v => KeyedValue(v.ContactEmail), v => v.ContactEmail, TextKeyComparer.Instance),
            new InMemoryTable<Vendor>.UniqueIndex("contact_phone", v => UniqueKeys.Phone(v.ContactPhone), v => v.ContactPhone));
        Products = new(4, "product_id", p => p.ProductId, p => p.Version, Sized(seed?.Products.Count),
            new InMemoryTable<Product>.UniqueIndex("product_name", p => KeyedValue(p.ProductName), p => p.ProductName, TextKeyComparer.Instance));
        Components = new(5, "component_id", c => c.ComponentId, c => c.Version, Sized(seed?.Components.Count),
            new InMemoryTable<InfrastructureComponent>.UniqueIndex("component_name", c => UniqueKeys.ComponentName(c.ProductId, c.ComponentName)));
        Incidents = new(6, "incident_id", i => i.IncidentId, i => i.Version, InMemoryTableSizing.InitialCapacity) { Inserted = i => IncidentsByClient.Add(i.ClientId, i.IncidentId) };
        Escalations = new(7, "escalation_id", e => e.EscalationId, e => e.Version, InMemoryTableSizing.InitialCapacity,
            new InMemoryTable<Escalation>.UniqueIndex("escalation_level", e => e.Status == EscalationStatus.Active ? $"{e.IncidentId}/{e.EscalationLevel.ToWireName()}" : null))
        {
            Inserted = e => EscalationsByIncident.Add(e.IncidentId, e.EscalationId),
        };
        Communications = new(8, "communication_id", c => c.CommunicationId, c => c.Version, InMemoryTableSizing.InitialCapacity) { Inserted = c => CommunicationsByIncident.Add(c.IncidentId, c.CommunicationId) };
        Reviews = new(9, "review_id", r => r.ReviewId, r => r.Version, InMemoryTableSizing.InitialCapacity);
        ChangeRequests = new(10, "change_id", c => c.ChangeId, c => c.Version, InMemoryTableSizing.InitialCapacity);

        // At most one open rollback per change: a conditional unique key, like one active escalation per level.
        RollbackRequests = new(11, "rollback_id", r => r.RollbackId, r => r.Version, InMemoryTableSizing.InitialCapacity,
            new InMemoryTable<RollbackRequest>.UniqueIndex("change_id", r => r.IsOpen ? r.ChangeId : null));

        if (seed is not null)
        {
            Seed(seed);
        }
    }

    internal InMemoryTable<Client> Clients { get; }

    internal InMemoryTable<User> Users { get; }

    internal InMemoryTable<Vendor> Vendors { get; }

    internal InMemoryTable<Product> Products { get; }

    internal InMemoryTable<InfrastructureComponent> Components { get; }

    internal InMemoryTable<Incident> Incidents { get; }

    internal InMemoryTable<Escalation> Escalations { get; }

    internal InMemoryTable<Communication> Communications { get; }

    internal InMemoryTable<PostIncidentReview> Reviews { get; }

    internal InMemoryTable<ChangeRequest> ChangeRequests { get; }

    internal InMemoryTable<RollbackRequest> RollbackRequests { get; }

    /// <summary>Each client's incidents in report order, so listing them never sorts the whole table.</summary>
    internal InMemoryChildIndex IncidentsByClient { get; } = new();

    internal InMemoryChildIndex EscalationsByIncident { get; } = new();

    internal InMemoryChildIndex CommunicationsByIncident { get; } = new();

    internal InMemoryHistory History { get; } = new();

    internal StripedLocks Locks { get; } = new();

    /// <summary>The table a record of the store belongs to, by the record's type.</summary>
    private static int Sized(int? seededRecords) => InMemoryTableSizing.For(seededRecords ?? 0);

    internal IInMemoryTable TableOf(object record) => record switch
    {
        Client => Clients,
        User => Users,
        Vendor => Vendors,
        Product => Products,
        InfrastructureComponent => Components,
        Incident => Incidents,
        Escalation => Escalations,
        Communication => Communications,
        PostIncidentReview => Reviews,
        ChangeRequest => ChangeRequests,
        RollbackRequest => RollbackRequests,
        _ => throw new ArgumentException($"The in-memory store has no table of {record.GetType().Name}.", nameof(record)),
    };

    public ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IUnitOfWork>(new InMemoryUnitOfWork(this));
    }

    public string NewId(EntityType entityType)
    {
        var slot = (int)entityType;
        if (slot <= 0 || slot >= _next.Length || entityType == EntityType.AuditEntry)
        {
            throw new ArgumentOutOfRangeException(nameof(entityType), entityType, "Unknown entity type.");
        }

        // Records imported or seeded with numeric ids may sit ahead of the counter: skip the ids already taken.
        var ids = Ids(entityType);
        string id;
        do
        {
            id = Interlocked.Increment(ref _next[slot]).ToString(CultureInfo.InvariantCulture);
        }
        while (ids is not null && ids.Contains(id));

        return id;
    }

    private System.Collections.IDictionary? Ids(EntityType entityType) => entityType switch
    {
        EntityType.Client => Clients.ById,
        EntityType.User => Users.ById,
        EntityType.Vendor => Vendors.ById,
        EntityType.Product => Products.ById,
        EntityType.InfrastructureComponent => Components.ById,
        EntityType.Incident => Incidents.ById,
        EntityType.Escalation => Escalations.ById,
        EntityType.Communication => Communications.ById,
        EntityType.PostIncidentReview => Reviews.ById,
        EntityType.ChangeRequest => ChangeRequests.ById,
        EntityType.RollbackRequest => RollbackRequests.ById,
        _ => null,
    };

    public string NewAuditId() => Interlocked.Increment(ref _nextAudit).ToString(CultureInfo.InvariantCulture);

    internal void AppendAudit(AuditEntry first, List<AuditEntry>? more) => _audit.Append(first, more);

    internal IReadOnlyList<AuditEntry> ListAudit(string? afterAuditId, int take) => _audit.List(afterAuditId, take);

    internal long CountAudit() => _audit.Count;

    private void Seed(InMemorySeedData seed)
    {
        foreach (var client in seed.Clients)
        {
            SeedOne(Clients, client, client.ClientId, ref _next[(int)EntityType.Client]);
        }

        foreach (var vendor in seed.Vendors)
        {
            SeedOne(Vendors, vendor with { ContactPhone = UniqueKeys.Phone(vendor.ContactPhone) }, vendor.VendorId, ref _next[(int)EntityType.Vendor]);
        }

        foreach (var user in seed.Users)
        {
            SeedOne(Users, user, user.UserId, ref _next[(int)EntityType.User]);
        }

        foreach (var product in seed.Products)
        {
            SeedOne(Products, product, product.ProductId, ref _next[(int)EntityType.Product]);
        }

        foreach (var component in seed.Components)
        {
            SeedOne(Components, component, component.ComponentId, ref _next[(int)EntityType.InfrastructureComponent]);
        }

        foreach (var entry in seed.AuditEntries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            _audit.Append(entry, null);
            BumpPast(entry.AuditId, ref _nextAudit);
        }
    }

    private static void SeedOne<T>(InMemoryTable<T> table, T record, string id, ref long counter)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!TextRules.IsWellFormedId(id))
        {
            throw new InvalidOperationException($"Seed data holds a record whose id is not a well-formed id.");
        }

        var result = table.TryApply(record);
        if (!result.IsCommitted)
        {
            throw new InvalidOperationException($"Seed data holds two {typeof(T).Name.ToLowerInvariant()} records with the same {result.DuplicateField}.");
        }

        BumpPast(id, ref counter);
    }

    /// <summary>A value a text-key index holds in place of its key; a record without one is refused, as its key would be.</summary>
    private static string KeyedValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }

    private static void BumpPast(string id, ref long counter)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) && numeric > counter)
        {
            counter = numeric;
        }
    }
}
