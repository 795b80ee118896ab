namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An old → new value of a non-personal field, as recorded in an audit entry.</summary>
internal sealed record AuditValueChangeResponse(string Field, string? OldValue, string? NewValue);
