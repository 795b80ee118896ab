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

    /// <summary>product</summary>
    Product = 5,

    /// <summary>infrastructure_component</summary>
    InfrastructureComponent = 6,

    /// <summary>incident</summary>
    Incident = 7,

    /// <summary>incident_update (a history row)</summary>
    IncidentUpdate = 8,

    /// <summary>escalation</summary>
    Escalation = 9,

    /// <summary>communication</summary>
    Communication = 10,

    /// <summary>post_incident_review</summary>
    PostIncidentReview = 11,

    /// <summary>change_request</summary>
    ChangeRequest = 12,

    /// <summary>rollback_request</summary>
    RollbackRequest = 13,
}
