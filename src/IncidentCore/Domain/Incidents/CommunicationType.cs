namespace IncidentCore.Domain.Incidents;

/// <summary>What a communication is about. Wire names: update, notification, escalation, resolution.</summary>
public enum CommunicationType
{
    /// <summary>update</summary>
    Update = 1,

    /// <summary>notification</summary>
    Notification = 2,

    /// <summary>escalation</summary>
    Escalation = 3,

    /// <summary>resolution</summary>
    Resolution = 4,
}
