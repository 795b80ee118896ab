using IncidentCore.Domain.Approvals;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A rollback request in wire form.</summary>
internal sealed record RollbackRequestResponse(
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
    public static RollbackRequestResponse From(RollbackRequest rollback) => new(
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
