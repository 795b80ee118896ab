namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>The answer to a client created: its id.</summary>
internal sealed record CreatedClient(string ClientId);
