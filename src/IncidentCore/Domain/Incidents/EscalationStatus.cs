namespace IncidentCore.Domain.Incidents;

/// <summary>Whether an escalation is open. Wire names: active, resolved, cancelled.</summary>
public enum EscalationStatus
{
    /// <summary>active (the default)</summary>
    Active = 1,

    /// <summary>resolved</summary>
    Resolved = 2,

    /// <summary>cancelled</summary>
    Cancelled = 3,
}
