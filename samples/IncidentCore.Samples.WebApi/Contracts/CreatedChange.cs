namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a change request just made.</summary>
internal sealed record CreatedChange(string ChangeId);
