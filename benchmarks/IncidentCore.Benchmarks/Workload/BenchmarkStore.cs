using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// IncidentCore wired as a host wires it (DI, logging with no sink, the in-memory store), seeded with the acting
/// users and a given number of clients.
/// </summary>
internal sealed class BenchmarkStore : IDisposable
{
    public const string AdministratorId = "1";
    public const string AccountManagerId = "2";
    public const string IncidentManagerId = "3";
    public const string AssignedClientId = "1";

    private readonly ServiceProvider _provider;

    public const string ProductId = "1";
    public const string ComponentId = "1";

    public BenchmarkStore(IReadOnlyList<Client> clients, IReadOnlyList<AuditEntry>? auditEntries = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIncidentCore().AddInMemoryStores(seed =>
        {
            foreach (var user in Users)
            {
                seed.Users.Add(user);
            }

            foreach (var client in clients)
            {
                seed.Clients.Add(client);
            }

            seed.Products.Add(Product);
            seed.Components.Add(Component);
            foreach (var entry in auditEntries ?? [])
            {
                seed.AuditEntries.Add(entry);
            }
        });
        _provider = services.BuildServiceProvider();
        ClientOnboarding = _provider.GetRequiredService<ClientOnboarding>();
        ClientUpdate = _provider.GetRequiredService<ClientUpdate>();
        UserRegistration = _provider.GetRequiredService<UserRegistration>();
        UserUpdate = _provider.GetRequiredService<UserUpdate>();
        VendorRegistration = _provider.GetRequiredService<VendorRegistration>();
        IncidentReport = _provider.GetRequiredService<IncidentReport>();
        IncidentUpdate = _provider.GetRequiredService<IncidentUpdate>();
        ClientIncidentsList = _provider.GetRequiredService<ClientIncidentsList>();
        AuditTrailRead = _provider.GetRequiredService<AuditTrailRead>();
        SeededClients = clients.Count;
    }

    public int SeededClients { get; }

    public ClientOnboarding ClientOnboarding { get; }

    public ClientUpdate ClientUpdate { get; }

    public UserRegistration UserRegistration { get; }

    public UserUpdate UserUpdate { get; }

    public VendorRegistration VendorRegistration { get; }

    public IncidentReport IncidentReport { get; }

    public IncidentUpdate IncidentUpdate { get; }

    public ClientIncidentsList ClientIncidentsList { get; }

    public AuditTrailRead AuditTrailRead { get; }

    /// <summary>The store itself, for filling it faster than its procedures would (incidents cannot be seeded).</summary>
    public InMemoryStore Store => (InMemoryStore)_provider.GetRequiredService<Ports.IUnitOfWorkFactory>();

    public static IReadOnlyList<User> Users { get; } =
    [
        NewUser(AdministratorId, UserRole.SystemAdministrator, clientId: null),
        NewUser(AccountManagerId, UserRole.AccountManager, AssignedClientId),
        NewUser(IncidentManagerId, UserRole.IncidentManager, clientId: null),
    ];

    public static Product Product { get; } = new()
    {
        ProductId = ProductId,
        ProductName = "Ledger Service",
        ProductType = "service",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    public static InfrastructureComponent Component { get; } = new()
    {
        ComponentId = ComponentId,
        ComponentName = "ledger-db",
        ComponentType = "database",
        Environment = ComponentEnvironment.Production,
        ProductId = ProductId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    public void Dispose() => _provider.Dispose();

    private static User NewUser(string id, UserRole role, string? clientId) => new()
    {
        UserId = id,
        Name = $"Seeded user {id}",
        Email = $"user{id}@staff.example",
        Role = role,
        ClientId = clientId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
