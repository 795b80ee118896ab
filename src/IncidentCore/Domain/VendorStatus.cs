namespace IncidentCore.Domain;

/// <summary>Whether a vendor is engaged. Wire names: active, inactive, suspended.</summary>
public enum VendorStatus
{
    /// <summary>active (the default)</summary>
    Active = 1,

    /// <summary>inactive</summary>
    Inactive = 2,

    /// <summary>suspended</summary>
    Suspended = 3,
}
