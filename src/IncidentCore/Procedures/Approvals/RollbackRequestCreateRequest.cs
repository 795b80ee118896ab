namespace IncidentCore.Procedures.Approvals;

/// <summary>The inputs of a rollback request, in wire form. Required: change_id. The requesting user is the actor.</summary>
public sealed record RollbackRequestCreateRequest
{
    /// <summary>change_id (required): a change that ran (in_progress, completed or failed) with no other open rollback.</summary>
    public string? ChangeId { get; init; }

    /// <summary>incident_id (optional): the incident the rollback is for; it must exist.</summary>
    public string? IncidentId { get; init; }
}
