using IncidentCore.Procedures.Import;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// What a seed file brings: the registry records for the library's registry import, and the products, components and
/// incidents that the seed actor creates through the library's procedures (the import does not carry them).
/// </summary>
internal sealed record SeedContent(
    RegistryImportBatch Registry,
    string? SeedActorUserId,
    IReadOnlyList<ProductRecord> Products,
    IReadOnlyList<ComponentRecord> Components,
    IReadOnlyList<SeedIncident> Incidents)
{
    /// <summary>Whether the file holds records only the incident procedures create.</summary>
    public bool HoldsIncidentRecords => Products.Count + Components.Count + Incidents.Count > 0;
}
