namespace IncidentCore.Procedures.Pipeline;

/// <summary>The settings the pipeline runs with, taken from the host's options once they are validated.</summary>
/// <param name="AuditDenials">Whether denied writes leave an audit entry.</param>
/// <param name="MaxConcurrencyRetries">How many times a call retries from a fresh read after a lost race.</param>
/// <param name="ForbidSelfApproval">Whether nobody approves or rejects a request they made (the opt-in four-eyes hardening).</param>
internal sealed record ProcedureSettings(bool AuditDenials, int MaxConcurrencyRetries, bool ForbidSelfApproval = false);
