namespace IncidentCore.Ports;

/// <summary>How a commit ended.</summary>
public enum CommitStatus
{
    /// <summary>Everything staged was written.</summary>
    Committed = 0,

    /// <summary>A unique key was already taken; nothing was written.</summary>
    Duplicate = 1,

    /// <summary>A record being updated, or a guarded actor, had changed since it was read; nothing was written.</summary>
    Conflict = 2,
}
