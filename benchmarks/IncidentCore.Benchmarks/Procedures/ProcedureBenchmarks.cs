using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Domain;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Procedures;

/// <summary>
/// Each of the five procedures end to end on the in-memory store (1,000 clients seeded): validation, actor load,
/// authorization, uniqueness, write and audit in one commit. Requests are built before each iteration.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations)]
public class ProcedureBenchmarks
{
    private const int Invocations = 512;
    private const int SeededClients = 1_000;

    private readonly RequestBatch<ClientOnboardingRequest> _clients = new(Requests.NewClient);
    private readonly RequestBatch<UserRegistrationRequest> _users = new(Requests.NewUser);
    private readonly RequestBatch<VendorRegistrationRequest> _vendors = new(Requests.NewVendor);
    private readonly ChangeSet[] _clientChanges = [new() { { "industry", "Logistics" } }, new() { { "industry", "Retail" } }];
    private readonly ChangeSet[] _userChanges = [new() { { "department", "Operations" } }, new() { { "department", "Support" } }];
    private FixedSizeStore _store = null!;
    private int _updates;

    [GlobalSetup]
    public void Setup()
    {
        _store = new FixedSizeStore(SeededClients);
        PrepareIteration();
        Expect.Success(ClientOnboarding(), "Client onboarding");
        Expect.Success(ClientUpdate(), "Client update");
        Expect.Success(UserRegistration(), "User registration");
        Expect.Success(UserUpdate(), "User update");
        Expect.Success(VendorRegistration(), "Vendor registration");
        ReachSteadyState();
    }

    /// <summary>
    /// Runs every procedure some thousands of times on a throwaway store, pausing so that the runtime's tiered compiler
    /// finishes its work, before anything is measured. A host runs its procedures for hours; the measured iterations
    /// here are short (512 calls on a store rebuilt for each), and without this the first benchmarks of a run measured
    /// code the runtime had not optimised yet.
    /// </summary>
    private static void ReachSteadyState()
    {
        using var store = new BenchmarkStore(SeedClients.Create(SeededClients));
        var clients = new RequestBatch<ClientOnboardingRequest>(Requests.NewClient);
        var users = new RequestBatch<UserRegistrationRequest>(Requests.NewUser);
        var vendors = new RequestBatch<VendorRegistrationRequest>(Requests.NewVendor);
        ChangeSet[] clientChanges = [new() { { "industry", "Logistics" } }, new() { { "industry", "Retail" } }];
        ChangeSet[] userChanges = [new() { { "department", "Operations" } }, new() { { "department", "Support" } }];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 2_000; i++)
            {
                Expect.Success(store.ClientOnboarding.OnboardAsync(BenchmarkStore.AdministratorId, clients.Next()), "Client onboarding");
                Expect.Success(store.ClientUpdate.UpdateAsync(BenchmarkStore.AccountManagerId, BenchmarkStore.AssignedClientId, clientChanges[i & 1]), "Client update");
                Expect.Success(store.UserRegistration.RegisterAsync(BenchmarkStore.AdministratorId, users.Next()), "User registration");
                Expect.Success(store.UserUpdate.UpdateAsync(BenchmarkStore.AdministratorId, BenchmarkStore.AccountManagerId, userChanges[i & 1]), "User update");
                Expect.Success(store.VendorRegistration.RegisterAsync(BenchmarkStore.IncidentManagerId, vendors.Next()), "Vendor registration");
            }

            Thread.Sleep(300);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [IterationSetup]
    public void PrepareIteration()
    {
        _store.BeforeIteration(Invocations);
        _clients.Prepare(Invocations);
        _users.Prepare(Invocations);
        _vendors.Prepare(Invocations);
    }

    [Benchmark(Description = "Client onboarding")]
    public ValueTask<SopResult<string>> ClientOnboarding() =>
        _store.Current.ClientOnboarding.OnboardAsync(BenchmarkStore.AdministratorId, _clients.Next());

    [Benchmark(Description = "Client update")]
    public ValueTask<SopResult<Client>> ClientUpdate() =>
        _store.Current.ClientUpdate.UpdateAsync(BenchmarkStore.AccountManagerId, BenchmarkStore.AssignedClientId, _clientChanges[++_updates & 1]);

    [Benchmark(Description = "User registration")]
    public ValueTask<SopResult<string>> UserRegistration() =>
        _store.Current.UserRegistration.RegisterAsync(BenchmarkStore.AdministratorId, _users.Next());

    [Benchmark(Description = "User update")]
    public ValueTask<SopResult<User>> UserUpdate() =>
        _store.Current.UserUpdate.UpdateAsync(BenchmarkStore.AdministratorId, BenchmarkStore.AccountManagerId, _userChanges[++_updates & 1]);

    [Benchmark(Description = "Vendor registration")]
    public ValueTask<SopResult<string>> VendorRegistration() =>
        _store.Current.VendorRegistration.RegisterAsync(BenchmarkStore.IncidentManagerId, _vendors.Next());
}
