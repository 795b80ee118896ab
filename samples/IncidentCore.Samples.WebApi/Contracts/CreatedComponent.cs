namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of an infrastructure component just created.</summary>
internal sealed record CreatedComponent(string ComponentId);
