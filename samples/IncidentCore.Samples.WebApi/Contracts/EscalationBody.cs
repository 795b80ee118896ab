using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// The body of <c>POST /incidents/{incident_id}/escalations</c>: the library's escalation inputs without
/// <c>incident_id</c>, which the path names. The escalating user is the authenticated actor, never a body field.
/// </summary>
internal sealed record EscalationBody(string? EscalatedToUser, string? EscalationLevel, string? Reason)
{
    public EscalationCreateRequest ToRequest(string incidentId) => new()
    {
        IncidentId = incidentId,
        EscalatedToUser = EscalatedToUser,
        EscalationLevel = EscalationLevel,
        Reason = Reason,
    };
}
