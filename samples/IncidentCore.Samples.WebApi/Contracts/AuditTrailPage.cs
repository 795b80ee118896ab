namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>One page of the audit trail, oldest first.</summary>
internal sealed record AuditTrailPage(long Total, int Skip, int Take, IReadOnlyList<AuditEntryResponse> Entries);
