namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of an incident just reported.</summary>
internal sealed record CreatedIncident(string IncidentId);
