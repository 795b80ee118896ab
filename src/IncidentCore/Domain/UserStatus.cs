namespace IncidentCore.Domain;

/// <summary>Whether a user may act. Only <see cref="Active"/> users may do anything. Wire names: active, inactive, on_leave.</summary>
public enum UserStatus
{
    /// <summary>active (the default)</summary>
    Active = 1,

    /// <summary>inactive</summary>
    Inactive = 2,

    /// <summary>on_leave</summary>
    OnLeave = 3,
}
