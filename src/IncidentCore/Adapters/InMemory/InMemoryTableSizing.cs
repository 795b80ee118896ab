namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// How the in-memory tables are sized: many lock stripes, so that concurrent writers of different keys rarely meet
/// on one, and room before the first resize (a resize briefly holds every stripe and makes every entry again) for a
/// first thousand records, or for four times the records a table is seeded with.
/// </summary>
internal static class InMemoryTableSizing
{
    public static int ConcurrencyLevel { get; } = Math.Max(64, Environment.ProcessorCount * 16);

    public const int InitialCapacity = 2048;

    /// <summary>
    /// The capacity of a table seeded with <paramref name="seededRecords"/>: four times as many, so that it can grow by
    /// half before a resize even where its entries fall unevenly on the stripes (each stripe may hold capacity ÷
    /// stripes entries before the table resizes).
    /// </summary>
    public static int For(int seededRecords) => (int)Math.Clamp(4L * seededRecords, InitialCapacity, Array.MaxLength);
}
