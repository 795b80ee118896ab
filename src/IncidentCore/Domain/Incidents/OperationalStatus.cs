namespace IncidentCore.Domain.Incidents;

/// <summary>How an infrastructure component is running. Wire names: operational, degraded, offline, maintenance.</summary>
public enum OperationalStatus
{
    /// <summary>operational (the default)</summary>
    Operational = 1,

    /// <summary>degraded</summary>
    Degraded = 2,

    /// <summary>offline</summary>
    Offline = 3,

    /// <summary>maintenance</summary>
    Maintenance = 4,
}
