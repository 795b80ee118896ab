using IncidentCore.Domain;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.Tests.Support;

/// <summary>A service provider wired as a host would, on the in-memory stores, with a fake clock and captured logs.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private TestHost(ServiceProvider provider)
    {
        Provider = provider;
        Time = provider.GetRequiredService<FakeTimeProvider>();
        Logs = provider.GetRequiredService<FakeLogCollector>();
    }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public ClientOnboarding ClientOnboarding => Provider.GetRequiredService<ClientOnboarding>();

    public ClientUpdate ClientUpdate => Provider.GetRequiredService<ClientUpdate>();

    public UserRegistration UserRegistration => Provider.GetRequiredService<UserRegistration>();

    public UserUpdate UserUpdate => Provider.GetRequiredService<UserUpdate>();

    public VendorRegistration VendorRegistration => Provider.GetRequiredService<VendorRegistration>();

    public VendorUpdate VendorUpdate => Provider.GetRequiredService<VendorUpdate>();

    public static TestHost Create(Action<IncidentCoreOptions>? configure = null, Action<IncidentCoreBuilder>? store = null)
    {
        var services = new ServiceCollection();
        var time = new FakeTimeProvider(Seed.PolicyNow);
        services.AddSingleton(time);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var builder = services.AddIncidentCore(configure);
        store?.Invoke(builder);
        builder.AddInMemoryStores(seed =>
        {
            foreach (var client in Seed.Clients())
            {
                seed.Clients.Add(client);
            }

            foreach (var vendor in Seed.Vendors())
            {
                seed.Vendors.Add(vendor);
            }

            foreach (var user in Seed.Users())
            {
                seed.Users.Add(user);
            }
        });
        return new TestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public async Task<StoreSnapshot> SnapshotAsync()
    {
        await using var work = await Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return new StoreSnapshot(
            await work.Clients.ListAsync(0, int.MaxValue),
            await work.Users.ListAsync(0, int.MaxValue),
            await work.Vendors.ListAsync(0, int.MaxValue),
            await work.AuditTrail.ListAsync(null, int.MaxValue));
    }

    public async Task<Client?> ClientAsync(string id)
    {
        await using var work = await Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await work.Clients.FindByIdAsync(id);
    }

    public async Task<User?> UserAsync(string id)
    {
        await using var work = await Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await work.Users.FindByIdAsync(id);
    }

    public async Task<Vendor?> VendorAsync(string id)
    {
        await using var work = await Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await work.Vendors.FindByIdAsync(id);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync()
    {
        await using var work = await Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await work.AuditTrail.ListAsync(null, int.MaxValue);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
