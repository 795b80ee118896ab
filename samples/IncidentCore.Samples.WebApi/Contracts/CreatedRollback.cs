namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of a rollback request just made.</summary>
internal sealed record CreatedRollback(string RollbackId);
