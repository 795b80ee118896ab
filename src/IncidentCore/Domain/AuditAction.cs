namespace IncidentCore.Domain;

/// <summary>What an audited call did or tried to do.</summary>
public enum AuditAction
{
    /// <summary>create</summary>
    Create = 1,

    /// <summary>update</summary>
    Update = 2,

    /// <summary>delete</summary>
    Delete = 3,

    /// <summary>view</summary>
    View = 4,

    /// <summary>export</summary>
    Export = 5,

    /// <summary>approve</summary>
    Approve = 6,

    /// <summary>reject</summary>
    Reject = 7,

    /// <summary>escalate</summary>
    Escalate = 8,

    /// <summary>execute: a change or a rollback started, completed or failed.</summary>
    Execute = 9,
}
