namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// One page of the audit trail, oldest first: the entries after the audit id <c>after</c> (from the first when it is
/// absent). <c>next_after</c> is the audit id to pass as <c>after</c> for the next page while more entries follow,
/// and null once the page reaches the end of the trail.
/// </summary>
internal sealed record AuditTrailPage(string? After, int Take, IReadOnlyList<AuditEntryResponse> Entries, string? NextAfter);
