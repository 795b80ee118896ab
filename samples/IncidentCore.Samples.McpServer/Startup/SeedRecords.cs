using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>The records of a seed file, checked and converted, ready to load into a store.</summary>
internal sealed record SeedRecords(IReadOnlyList<Client> Clients, IReadOnlyList<User> Users, IReadOnlyList<Vendor> Vendors);
