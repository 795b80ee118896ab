namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The id of an escalation just created.</summary>
internal sealed record CreatedEscalation(string EscalationId);
