namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a user just registered.</summary>
internal sealed record CreatedUser(string UserId);
