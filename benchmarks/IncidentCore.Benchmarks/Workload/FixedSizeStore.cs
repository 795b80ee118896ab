namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// A store that stays near its seeded size while a benchmark adds records to it: before an iteration that would
/// take it more than 1 % (or one iteration's worth, whichever is larger) past its seeded size, it is built anew
/// from the same seed. The garbage of building a store is collected right away, so that no iteration pays for it.
/// </summary>
internal sealed class FixedSizeStore : IDisposable
{
    private readonly Domain.Client[] _seed;
    private readonly int _allowedGrowth;
    private int _added;

    public FixedSizeStore(int seededClients)
    {
        _seed = SeedClients.Create(seededClients);
        _allowedGrowth = seededClients / 100;
        Current = new BenchmarkStore(_seed);
        CollectSetupGarbage();
    }

    public BenchmarkStore Current { get; private set; }

    /// <summary>Called before each iteration with the number of records it is about to add.</summary>
    public void BeforeIteration(int upcomingRecords)
    {
        if (_added > 0 && _added + upcomingRecords > _allowedGrowth)
        {
            Current.Dispose();
            Current = new BenchmarkStore(_seed);
            _added = 0;
            CollectSetupGarbage();
        }

        _added += upcomingRecords;
    }

    public void Dispose() => Current.Dispose();

    private static void CollectSetupGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
