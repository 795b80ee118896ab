namespace IncidentCore.Domain.Approvals;

/// <summary>
/// Where a rollback request stands. Wire names: requested, approved, rejected, in_progress, completed, failed.
/// <c>rejected</c>, <c>completed</c> and <c>failed</c> are final; the others are open.
/// </summary>
public enum RollbackStatus
{
    /// <summary>requested: waiting for an incident manager or an executive.</summary>
    Requested = 1,

    /// <summary>approved: may be started.</summary>
    Approved = 2,

    /// <summary>rejected (final).</summary>
    Rejected = 3,

    /// <summary>in_progress: started.</summary>
    InProgress = 4,

    /// <summary>completed (final): its change is rolled_back.</summary>
    Completed = 5,

    /// <summary>failed (final).</summary>
    Failed = 6,
}
