using IncidentCore.Hosting;

namespace IncidentCore.Specification.Tests;

/// <summary>
/// The storage conformance suite: everything IncidentCore relies on from a store. A host derives this class in an
/// xunit test project, registers a fresh store in <see cref="AddStore"/>, and inherits every fact. Each fact builds
/// its own service provider (<c>services.AddIncidentCore()</c> plus <see cref="AddStore"/>) and disposes it at the end,
/// together with any disposable services the store registered.
/// </summary>
public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>The policy's current time, 2025-09-25 12:00:00 UTC: every fact's clock starts here.</summary>
    protected static DateTimeOffset PolicyTime { get; } = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A message to report every fact as skipped with it (for example when the database is not configured), or
    /// <see langword="null"/> to run the suite.
    /// </summary>
    protected virtual string? SkipReason => null;

    /// <summary>
    /// Registers a fresh, empty store on the builder. Called once per fact; the store must be shared with no other
    /// fact (in memory: <c>builder.AddInMemoryStores()</c>; a database: <c>builder.UseStore(...)</c> on a new database
    /// or schema).
    /// </summary>
    /// <param name="builder">The IncidentCore builder of the fact's service collection.</param>
    protected abstract void AddStore(IncidentCoreBuilder builder);

    private SpecificationHost StartHost(Action<IncidentCoreOptions>? configure = null) =>
        SpecificationHost.Start(AddStore, PolicyTime, configure);
}
