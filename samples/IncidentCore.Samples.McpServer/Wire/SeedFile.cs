namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A seed file: one JSON object with arrays <c>clients</c>, <c>users</c> and <c>vendors</c>, each record in wire form
/// with its existing id, so a host can start the server on its current data.
/// </summary>
internal sealed record SeedFile
{
    public IReadOnlyList<ClientRecord> Clients { get; init; } = [];

    public IReadOnlyList<UserRecord> Users { get; init; } = [];

    public IReadOnlyList<VendorRecord> Vendors { get; init; } = [];
}
