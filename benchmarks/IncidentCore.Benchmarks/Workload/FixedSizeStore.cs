namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// A store that stays near its seeded size while a benchmark adds records to it: before an iteration that would
/// take it more than 1 % (or one iteration's worth, whichever is larger) past its seeded size, it is built anew
/// from the same seed. The garbage of building a store is collected right away, so that no iteration pays for it.
/// </summary>
internal sealed class FixedSizeStore : IDisposable
{
    private readonly Func<BenchmarkStore> _build;
    private readonly int _allowedGrowth;
    private int _added;

    public FixedSizeStore(int seededClients)
        : this(SeedClients.Create(seededClients) is var seed ? () => new BenchmarkStore(seed) : null!, seededClients)
    {
    }

    /// <summary>A store built by <paramref name="build"/>, holding <paramref name="size"/> records of the kind the benchmark adds.</summary>
    public FixedSizeStore(Func<BenchmarkStore> build, int size)
    {
        _build = build;
        _allowedGrowth = size / 100;
        Current = build();
        CollectSetupGarbage();
    }

    public BenchmarkStore Current { get; private set; }

    /// <summary>Called before each iteration with the number of records it is about to add.</summary>
    public void BeforeIteration(int upcomingRecords)
    {
        if (_added > 0 && _added + upcomingRecords > _allowedGrowth)
        {
            Current.Dispose();
            Current = _build();
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
