namespace IncidentCore.Domain.Incidents;

/// <summary>How a post-incident review rates the handling of the incident. Wire names: excellent, good, satisfactory, needs_improvement, poor.</summary>
public enum ReviewRating
{
    /// <summary>excellent</summary>
    Excellent = 1,

    /// <summary>good</summary>
    Good = 2,

    /// <summary>satisfactory</summary>
    Satisfactory = 3,

    /// <summary>needs_improvement</summary>
    NeedsImprovement = 4,

    /// <summary>poor</summary>
    Poor = 5,
}
