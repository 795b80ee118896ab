namespace IncidentCore.Procedures.Approvals;

/// <summary>The inputs of a change request, in wire form. Required: title, change_type, risk_level. The requesting user is the actor.</summary>
public sealed record ChangeRequestCreateRequest
{
    /// <summary>title (required, free text; never audited or logged by value).</summary>
    public string? Title { get; init; }

    /// <summary>change_type (required): standard, normal, upgrade or emergency.</summary>
    public string? ChangeType { get; init; }

    /// <summary>risk_level (required): low, medium or high.</summary>
    public string? RiskLevel { get; init; }

    /// <summary>incident_id (optional): the incident the change is for; it must exist.</summary>
    public string? IncidentId { get; init; }
}
