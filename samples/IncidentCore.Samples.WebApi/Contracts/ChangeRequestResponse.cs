using IncidentCore.Domain.Approvals;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A change request in wire form.</summary>
internal sealed record ChangeRequestResponse(
    string ChangeId,
    string Title,
    string ChangeType,
    string RiskLevel,
    string? IncidentId,
    string RequestingUser,
    string? ApprovedByUser,
    string? RejectionReason,
    string Status,
    DateTimeOffset? ScheduledStartTime,
    DateTimeOffset? ScheduledEndTime,
    DateTimeOffset? ActualStartTime,
    DateTimeOffset? ActualEndTime,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ChangeRequestResponse From(ChangeRequest change) => new(
        change.ChangeId,
        change.Title,
        change.ChangeType.ToWireName(),
        change.RiskLevel.ToWireName(),
        change.IncidentId,
        change.RequestingUser,
        change.ApprovedByUser,
        change.RejectionReason,
        change.Status.ToWireName(),
        change.ScheduledStartTime,
        change.ScheduledEndTime,
        change.ActualStartTime,
        change.ActualEndTime,
        change.CreatedAt,
        change.UpdatedAt);
}
