namespace IncidentCore.Domain;

/// <summary>Whether a client is being served. Wire names: active, inactive, suspended.</summary>
public enum ClientStatus
{
    /// <summary>active (the default)</summary>
    Active = 1,

    /// <summary>inactive</summary>
    Inactive = 2,

    /// <summary>suspended</summary>
    Suspended = 3,
}
