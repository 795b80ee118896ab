namespace IncidentCore.Domain.Incidents;

/// <summary>Where an incident is in its lifecycle. Wire names: open, investigating, in_progress, resolved, closed.</summary>
public enum IncidentStatus
{
    /// <summary>open (the status at report)</summary>
    Open = 1,

    /// <summary>investigating</summary>
    Investigating = 2,

    /// <summary>in_progress</summary>
    InProgress = 3,

    /// <summary>resolved</summary>
    Resolved = 4,

    /// <summary>closed (final)</summary>
    Closed = 5,
}
