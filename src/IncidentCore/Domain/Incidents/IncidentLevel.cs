namespace IncidentCore.Domain.Incidents;

/// <summary>An incident's impact or urgency level. Wire names: low, medium, high, critical.</summary>
public enum IncidentLevel
{
    /// <summary>low</summary>
    Low = 1,

    /// <summary>medium</summary>
    Medium = 2,

    /// <summary>high</summary>
    High = 3,

    /// <summary>critical</summary>
    Critical = 4,
}
