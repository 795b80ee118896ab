namespace IncidentCore.Domain.Approvals;

/// <summary>A request to change a system, approved by the role its type and risk require (the <c>change_requests</c> record).</summary>
public sealed record ChangeRequest
{
    /// <summary>change_id: the record's id.</summary>
    public required string ChangeId { get; init; }

    /// <summary>title: free text that may hold personal data: never audited or logged by value.</summary>
    public required string Title { get; init; }

    /// <summary>change_type: with the risk level, decides who must approve.</summary>
    public required ChangeType ChangeType { get; init; }

    /// <summary>risk_level: with the change type, decides who must approve.</summary>
    public required RiskLevel RiskLevel { get; init; }

    /// <summary>incident_id: the incident the change is for, when it is for one.</summary>
    public string? IncidentId { get; init; }

    /// <summary>requesting_user: the actor who requested it.</summary>
    public required string RequestingUser { get; init; }

    /// <summary>approved_by_user: who approved it; empty for a pre-approved change and while it waits.</summary>
    public string? ApprovedByUser { get; init; }

    /// <summary>rejection_reason: free text that may hold personal data: never audited or logged by value.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>status: <see cref="ChangeStatus.Requested"/> or, when its approval rule is met at once, <see cref="ChangeStatus.Approved"/>.</summary>
    public ChangeStatus Status { get; init; } = ChangeStatus.Requested;

    /// <summary>scheduled_start_time: when it is planned to start.</summary>
    public DateTimeOffset? ScheduledStartTime { get; init; }

    /// <summary>scheduled_end_time: when it is planned to end.</summary>
    public DateTimeOffset? ScheduledEndTime { get; init; }

    /// <summary>actual_start_time: set when it starts.</summary>
    public DateTimeOffset? ActualStartTime { get; init; }

    /// <summary>actual_end_time: set when it completes or fails.</summary>
    public DateTimeOffset? ActualEndTime { get; init; }

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
