using IncidentCore.Hosting;
using IncidentCore.Specification.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Specification.InMemory.Tests;

/// <summary>The in-memory stores that ship with IncidentCore, held to the whole storage conformance suite.</summary>
public sealed class InMemoryStoreSpecificationTests : IncidentStoreSpecificationTests
{
    protected override void AddStore(IncidentCoreBuilder builder) => builder.AddInMemoryStores();
}
