namespace IncidentCore.Domain;

/// <summary>The kinds of record the procedures manage, as named in audit entries.</summary>
public enum EntityType
{
    /// <summary>client</summary>
    Client = 1,

    /// <summary>user</summary>
    User = 2,

    /// <summary>vendor</summary>
    Vendor = 3,

    /// <summary>audit_entry</summary>
    AuditEntry = 4,
}
