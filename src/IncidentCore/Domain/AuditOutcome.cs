namespace IncidentCore.Domain;

/// <summary>How an audited call ended.</summary>
public enum AuditOutcome
{
    /// <summary>succeeded: the change was made.</summary>
    Succeeded = 1,

    /// <summary>denied: the actor was not authorized and nothing was changed.</summary>
    Denied = 2,
}
