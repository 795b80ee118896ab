namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a client just onboarded.</summary>
internal sealed record CreatedClient(string ClientId);
