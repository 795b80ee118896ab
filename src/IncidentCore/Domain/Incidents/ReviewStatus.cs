namespace IncidentCore.Domain.Incidents;

/// <summary>Where a post-incident review stands. Wire names: scheduled, completed, cancelled.</summary>
public enum ReviewStatus
{
    /// <summary>scheduled (the default)</summary>
    Scheduled = 1,

    /// <summary>completed (final)</summary>
    Completed = 2,

    /// <summary>cancelled (final)</summary>
    Cancelled = 3,
}
