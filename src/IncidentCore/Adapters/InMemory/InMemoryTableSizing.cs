namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// How the in-memory tables are sized: many lock stripes, so that concurrent writers of different keys rarely meet
/// on one, and room for a first thousand records before the first resize (a resize briefly holds every stripe).
/// </summary>
internal static class InMemoryTableSizing
{
    public static int ConcurrencyLevel { get; } = Math.Max(64, Environment.ProcessorCount * 16);

    public const int InitialCapacity = 1024;
}
