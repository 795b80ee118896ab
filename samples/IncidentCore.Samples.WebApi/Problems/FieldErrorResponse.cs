namespace IncidentCore.Samples.WebApi.Problems;

/// <summary>One field at fault, with its stable code, as carried in problem details.</summary>
internal sealed record FieldErrorResponse(string Field, string Code, string Message);
