namespace IncidentCore.Domain.Approvals;

/// <summary>
/// Where a change request stands. Wire names: requested, approved, rejected, scheduled, in_progress, completed, failed,
/// rolled_back. <c>rejected</c> and <c>rolled_back</c> are final.
/// </summary>
public enum ChangeStatus
{
    /// <summary>requested: waiting for an approver who holds the required role.</summary>
    Requested = 1,

    /// <summary>approved: may be scheduled or started.</summary>
    Approved = 2,

    /// <summary>rejected (final).</summary>
    Rejected = 3,

    /// <summary>scheduled: approved, with a start and end time.</summary>
    Scheduled = 4,

    /// <summary>in_progress: started.</summary>
    InProgress = 5,

    /// <summary>completed: ran to its end; may still be rolled back.</summary>
    Completed = 6,

    /// <summary>failed: ran and failed; may still be rolled back.</summary>
    Failed = 7,

    /// <summary>rolled_back (final): a rollback of it completed.</summary>
    RolledBack = 8,
}
