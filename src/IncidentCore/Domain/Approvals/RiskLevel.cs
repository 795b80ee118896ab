namespace IncidentCore.Domain.Approvals;

/// <summary>How risky a change is. Wire names: low, medium, high.</summary>
public enum RiskLevel
{
    /// <summary>low</summary>
    Low = 1,

    /// <summary>medium</summary>
    Medium = 2,

    /// <summary>high: a major change; needs an executive whatever its type.</summary>
    High = 3,
}
