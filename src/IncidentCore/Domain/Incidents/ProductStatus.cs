namespace IncidentCore.Domain.Incidents;

/// <summary>A product's support status. Wire names: active, deprecated, maintenance, end_of_life.</summary>
public enum ProductStatus
{
    /// <summary>active (the default)</summary>
    Active = 1,

    /// <summary>deprecated</summary>
    Deprecated = 2,

    /// <summary>maintenance</summary>
    Maintenance = 3,

    /// <summary>end_of_life</summary>
    EndOfLife = 4,
}
