using IncidentCore.Domain;
using IncidentCore.Procedures;
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

    public BenchmarkStore(IReadOnlyList<Client> clients)
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
        });
        _provider = services.BuildServiceProvider();
        ClientOnboarding = _provider.GetRequiredService<ClientOnboarding>();
        ClientUpdate = _provider.GetRequiredService<ClientUpdate>();
        UserRegistration = _provider.GetRequiredService<UserRegistration>();
        UserUpdate = _provider.GetRequiredService<UserUpdate>();
        VendorRegistration = _provider.GetRequiredService<VendorRegistration>();
        SeededClients = clients.Count;
    }

    public int SeededClients { get; }

    public ClientOnboarding ClientOnboarding { get; }

    public ClientUpdate ClientUpdate { get; }

    public UserRegistration UserRegistration { get; }

    public UserUpdate UserUpdate { get; }

    public VendorRegistration VendorRegistration { get; }

    public static IReadOnlyList<User> Users { get; } =
    [
        NewUser(AdministratorId, UserRole.SystemAdministrator, clientId: null),
        NewUser(AccountManagerId, UserRole.AccountManager, AssignedClientId),
        NewUser(IncidentManagerId, UserRole.IncidentManager, clientId: null),
    ];

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
