namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// The optional body of <c>POST /changes/{change_id}/reject</c> and <c>POST /rollbacks/{rollback_id}/reject</c>: why
/// (free text, stored on the request, never audited or logged). The rejecting user is the authenticated actor.
/// </summary>
internal sealed record RejectionBody(string? RejectionReason);
