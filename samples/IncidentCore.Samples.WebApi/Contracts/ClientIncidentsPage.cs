namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// One page of a client's incidents in the order they were reported: those after the incident id <c>after</c> (from
/// the first when it is absent). <c>next_after</c> is the incident id to pass as <c>after</c> for the next page while
/// more incidents follow, and null once the page reaches the last one.
/// </summary>
internal sealed record ClientIncidentsPage(string ClientId, string? After, int Take, IReadOnlyList<IncidentResponse> Incidents, string? NextAfter);
