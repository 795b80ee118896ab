namespace IncidentCore.Domain.Incidents;

/// <summary>What kind of change a history row records. Wire names: status_change, priority_change, assignment_change, details_change.</summary>
public enum IncidentUpdateType
{
    /// <summary>status_change</summary>
    StatusChange = 1,

    /// <summary>priority_change (severity, impact or urgency)</summary>
    PriorityChange = 2,

    /// <summary>assignment_change</summary>
    AssignmentChange = 3,

    /// <summary>details_change (title or category)</summary>
    DetailsChange = 4,
}
