using IncidentCore.Adapters.InMemory;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>
/// IncidentCore wired the way a host wires it, with a fake clock at the policy's current time, every log line
/// captured by <see cref="FakeLogger"/>, and an escalation hook that counts. With a store decorator, the in-memory
/// store is built in a provider of its own and the procedures see it only through the decorator.
/// </summary>
internal sealed class IncidentCoreHarness : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ServiceProvider? _storageProvider;

    private IncidentCoreHarness(
        Action<InMemorySeedData>? seed,
        Action<IncidentCoreOptions>? configure,
        Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? decorateStore)
    {
        Time = new FakeTimeProvider(PolicyClock.Now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var builder = services.AddIncidentCore(configure).UseEscalationHook<CountingEscalationHook>();

        if (decorateStore is null)
        {
            builder.AddInMemoryStores(seed);
            _provider = services.BuildServiceProvider(validateScopes: true);
            Storage = _provider.GetRequiredService<IUnitOfWorkFactory>();
        }
        else
        {
            var storageServices = new ServiceCollection();
            storageServices.AddIncidentCore().AddInMemoryStores(seed);
            _storageProvider = storageServices.BuildServiceProvider();
            Storage = _storageProvider.GetRequiredService<IUnitOfWorkFactory>();
            var ids = _storageProvider.GetRequiredService<IIdGenerator>();
            var decorated = decorateStore(Storage);
            builder.UseStore(_ => decorated, _ => ids);
            _provider = services.BuildServiceProvider(validateScopes: true);
        }

        Logs = _provider.GetFakeLogCollector();
        Escalations = (CountingEscalationHook)_provider.GetRequiredService<IEscalationHook>();
        ClientOnboarding = _provider.GetRequiredService<ClientOnboarding>();
        ClientUpdate = _provider.GetRequiredService<ClientUpdate>();
        UserRegistration = _provider.GetRequiredService<UserRegistration>();
        UserUpdate = _provider.GetRequiredService<UserUpdate>();
        VendorRegistration = _provider.GetRequiredService<VendorRegistration>();
        VendorUpdate = _provider.GetRequiredService<VendorUpdate>();
    }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public CountingEscalationHook Escalations { get; }

    /// <summary>The store itself, without any decorator: what tests read state through.</summary>
    public IUnitOfWorkFactory Storage { get; }

    public ClientOnboarding ClientOnboarding { get; }

    public ClientUpdate ClientUpdate { get; }

    public UserRegistration UserRegistration { get; }

    public UserUpdate UserUpdate { get; }

    public VendorRegistration VendorRegistration { get; }

    public VendorUpdate VendorUpdate { get; }

    /// <summary>A harness whose store starts with <see cref="Cast"/> and anything <paramref name="seed"/> adds.</summary>
    public static IncidentCoreHarness Create(
        Action<InMemorySeedData>? seed = null,
        Action<IncidentCoreOptions>? configure = null,
        Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? decorateStore = null) =>
        new(data =>
        {
            Cast.Seed(data);
            seed?.Invoke(data);
        }, configure, decorateStore);

    /// <summary>Any procedure the container holds (the incident procedures among them).</summary>
    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public StoreSnapshot Snapshot() => StoreSnapshot.Take(Storage);

    public Task<StoreSnapshot> SnapshotAsync() => StoreSnapshot.TakeAsync(Storage);

    public void Dispose()
    {
        _provider.Dispose();
        _storageProvider?.Dispose();
    }
}
