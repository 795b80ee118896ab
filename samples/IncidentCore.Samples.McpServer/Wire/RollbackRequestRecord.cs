using IncidentCore.Domain.Approvals;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A rollback request in wire form, as tools return it.</summary>
internal sealed record RollbackRequestRecord(
    string RollbackId,
    string ChangeId,
    string? IncidentId,
    string RequestingUser,
    string? ApprovedByUser,
    string? RejectionReason,
    string Status,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt)
{
    public static RollbackRequestRecord From(RollbackRequest rollback) => new(
        rollback.RollbackId,
        rollback.ChangeId,
        rollback.IncidentId,
        rollback.RequestingUser,
        rollback.ApprovedByUser,
        rollback.RejectionReason,
        rollback.Status.ToWireName(),
        rollback.CompletedAt,
        rollback.CreatedAt);
}
