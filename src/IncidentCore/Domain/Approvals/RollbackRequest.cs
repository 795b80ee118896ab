namespace IncidentCore.Domain.Approvals;

/// <summary>A request to take back a change that ran (the <c>rollback_requests</c> record). A change has at most one open rollback.</summary>
public sealed record RollbackRequest
{
    /// <summary>rollback_id: the record's id.</summary>
    public required string RollbackId { get; init; }

    /// <summary>change_id: the change to roll back (one that ran: in_progress, completed or failed).</summary>
    public required string ChangeId { get; init; }

    /// <summary>incident_id: the incident the rollback is for, when it is for one.</summary>
    public string? IncidentId { get; init; }

    /// <summary>requesting_user: the actor who requested it.</summary>
    public required string RequestingUser { get; init; }

    /// <summary>approved_by_user: who approved it; empty while it waits.</summary>
    public string? ApprovedByUser { get; init; }

    /// <summary>rejection_reason: free text that may hold personal data: never audited or logged by value.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>status: <see cref="RollbackStatus.Requested"/> or, when its requester is its approver, <see cref="RollbackStatus.Approved"/>.</summary>
    public RollbackStatus Status { get; init; } = RollbackStatus.Requested;

    /// <summary>completed_at: set when it completes or fails.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Whether the rollback is still open (requested, approved or in_progress): a change holds at most one open rollback.</summary>
    public bool IsOpen => Status is RollbackStatus.Requested or RollbackStatus.Approved or RollbackStatus.InProgress;
}
