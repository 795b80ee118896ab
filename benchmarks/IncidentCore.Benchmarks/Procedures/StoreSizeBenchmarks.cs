using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Procedures;

/// <summary>
/// Client onboarding with 1,000, 100,000 and 1,000,000 clients already stored, as ratios to the 1,000 case: a
/// procedure that scanned a table would grow with it. The store is kept within about 1 % of its seeded size
/// (see <see cref="FixedSizeStore"/>), and each method builds only its own store. Every iteration starts the same
/// way: no full collection is forced (on a large heap it would leave the iteration starting from cold caches, which
/// measures the collector rather than the procedure), and a few onboardings in the setup warm the caches, also after
/// the small store has been rebuilt.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations)]
[GcForce(false)]
[MaxIterationCount(40)]
public class StoreSizeBenchmarks
{
    private const int Invocations = 64;
    private const int WarmingCalls = 16;

    private readonly RequestBatch<ClientOnboardingRequest> _requests = new(Requests.NewClient);
    private FixedSizeStore? _store;

    [GlobalSetup(Target = nameof(Onboarding_1000Clients))]
    public void Setup1000() => Setup(1_000);

    [GlobalSetup(Target = nameof(Onboarding_100000Clients))]
    public void Setup100000() => Setup(100_000);

    [GlobalSetup(Target = nameof(Onboarding_1000000Clients))]
    public void Setup1000000() => Setup(1_000_000);

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [IterationSetup]
    public void PrepareIteration()
    {
        _store!.BeforeIteration(WarmingCalls + Invocations);
        _requests.Prepare(WarmingCalls);
        for (var i = 0; i < WarmingCalls; i++)
        {
            Expect.Success(Onboard(), "Client onboarding");
        }

        _requests.Prepare(Invocations);
    }

    [Benchmark(Baseline = true, Description = "Onboarding, 1,000 clients stored")]
    public ValueTask<SopResult<string>> Onboarding_1000Clients() => Onboard();

    [Benchmark(Description = "Onboarding, 100,000 clients stored")]
    public ValueTask<SopResult<string>> Onboarding_100000Clients() => Onboard();

    [Benchmark(Description = "Onboarding, 1,000,000 clients stored")]
    public ValueTask<SopResult<string>> Onboarding_1000000Clients() => Onboard();

    private ValueTask<SopResult<string>> Onboard() =>
        _store!.Current.ClientOnboarding.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    private void Setup(int seededClients)
    {
        _store = new FixedSizeStore(seededClients);
        PrepareIteration();
    }
}
