using IncidentCore.Domain.Approvals;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A change request in wire form, as tools return it.</summary>
internal sealed record ChangeRequestRecord(
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
    public static ChangeRequestRecord From(ChangeRequest change) => new(
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
