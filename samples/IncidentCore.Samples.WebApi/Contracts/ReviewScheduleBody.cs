using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>The body of <c>POST /incidents/{incident_id}/reviews</c>: the library's review inputs without <c>incident_id</c>, which the path names.</summary>
internal sealed record ReviewScheduleBody(string? FacilitatorUser, string? ScheduledDate)
{
    public ReviewScheduleRequest ToRequest(string incidentId) => new()
    {
        IncidentId = incidentId,
        FacilitatorUser = FacilitatorUser,
        ScheduledDate = ScheduledDate,
    };
}
