using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Procedures;

/// <summary>
/// Throughput of client onboarding with one caller and with two concurrent callers onboarding distinct clients on
/// the same store (1,000 clients seeded, built anew before every iteration). An iteration is one batch of 65,536
/// onboardings, long enough (well over BenchmarkDotNet's 100 ms minimum, with one caller or two) that starting the
/// callers is noise. Times are per onboarding, so the throughput gain of two callers is the inverse of their ratio.
/// The memory and threading diagnosers count the collections and the lock contentions of each batch, and the share
/// of the measured time the process spent paused by the collector is written to the log when the run ends.
/// </summary>
[MemoryDiagnoser]
[ThreadingDiagnoser]
[InvocationCount(1, 1)]
public class ConcurrentOnboardingBenchmarks
{
    private const int Onboardings = 65_536;
    private const int SeededClients = 1_000;

    private readonly ClientOnboardingRequest[] _requests = new ClientOnboardingRequest[Onboardings];
    private readonly GcPauseShare _pauses = new();
    private FixedSizeStore _store = null!;
    private long _serial;

    [GlobalSetup]
    public void Setup()
    {
        _store = new FixedSizeStore(SeededClients);
        PrepareIteration();
        Expect.Success(_store.Current.ClientOnboarding.OnboardAsync(BenchmarkStore.AdministratorId, Requests.NewClient(++_serial)), "Client onboarding");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pauses.Report();
        _store.Dispose();
    }

    [IterationSetup]
    public void PrepareIteration()
    {
        _store.BeforeIteration(Onboardings);
        for (var i = 0; i < _requests.Length; i++)
        {
            _requests[i] = Requests.NewClient(++_serial);
        }

        _pauses.Start();
    }

    [IterationCleanup]
    public void EndIteration() => _pauses.Stop();

    [Benchmark(Baseline = true, OperationsPerInvoke = Onboardings, Description = "One caller")]
    public async Task<int> OneCaller()
    {
        var onboarding = _store.Current.ClientOnboarding;
        return await Task.Run(() => OnboardAll(onboarding, 0, Onboardings));
    }

    [Benchmark(OperationsPerInvoke = Onboardings, Description = "Two concurrent callers")]
    public async Task<int> TwoCallers()
    {
        var onboarding = _store.Current.ClientOnboarding;
        const int Half = Onboardings / 2;
        var first = Task.Run(() => OnboardAll(onboarding, 0, Half));
        var second = Task.Run(() => OnboardAll(onboarding, Half, Onboardings));
        return await first + await second;
    }

    private async Task<int> OnboardAll(ClientOnboarding onboarding, int from, int to)
    {
        var succeeded = 0;
        for (var i = from; i < to; i++)
        {
            if ((await onboarding.OnboardAsync(BenchmarkStore.AdministratorId, _requests[i])).Succeeded)
            {
                succeeded++;
            }
        }

        return succeeded;
    }
}
