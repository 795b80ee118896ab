namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A seed file: one JSON object with arrays <c>clients</c>, <c>users</c> and <c>vendors</c> (loaded by the registry
/// import), and <c>products</c>, <c>components</c> and <c>incidents</c> (created through the library's procedures by
/// the user named in <c>seed_actor_user_id</c>), each record in wire form with its existing id, so a host can start
/// the server on its current data.
/// </summary>
internal sealed record SeedFile
{
    public IReadOnlyList<ClientRecord> Clients { get; init; } = [];

    public IReadOnlyList<UserRecord> Users { get; init; } = [];

    public IReadOnlyList<VendorRecord> Vendors { get; init; } = [];

    /// <summary>The user who creates the products and components and reports the incidents; required when there are any.</summary>
    public string? SeedActorUserId { get; init; }

    public IReadOnlyList<ProductRecord> Products { get; init; } = [];

    public IReadOnlyList<ComponentRecord> Components { get; init; } = [];

    public IReadOnlyList<SeedIncident> Incidents { get; init; } = [];
}
