namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>
/// The body of <c>POST /changes/{change_id}/schedule</c>: when the approved change is planned to start and end (ISO 8601
/// instants, both required, the start not in the past and before the end). The status it moves to is the endpoint's.
/// </summary>
internal sealed record ChangeScheduleBody(string? ScheduledStartTime, string? ScheduledEndTime);
