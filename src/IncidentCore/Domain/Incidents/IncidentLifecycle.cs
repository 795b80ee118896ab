namespace IncidentCore.Domain.Incidents;

/// <summary>
/// The incident lifecycle: <c>open → investigating → in_progress → resolved → closed</c>; any earlier state that is not
/// closed may jump forward to <c>resolved</c>; <c>resolved → in_progress</c> reopens; <c>closed</c> is final. Entering
/// <c>resolved</c> sets the resolution timestamp, closing keeps it, reopening clears it, so it is set exactly while the
/// status is resolved or closed.
/// </summary>
public static class IncidentLifecycle
{
    private static readonly IncidentStatus[] FromOpen = [IncidentStatus.Investigating, IncidentStatus.Resolved];
    private static readonly IncidentStatus[] FromInvestigating = [IncidentStatus.InProgress, IncidentStatus.Resolved];
    private static readonly IncidentStatus[] FromInProgress = [IncidentStatus.Resolved];
    private static readonly IncidentStatus[] FromResolved = [IncidentStatus.Closed, IncidentStatus.InProgress];

    /// <summary>The states an incident may move to from <paramref name="status"/> (none from closed).</summary>
    /// <param name="status">The current status.</param>
    /// <returns>The allowed next states, in lifecycle order.</returns>
    public static IReadOnlyList<IncidentStatus> AllowedNext(IncidentStatus status) => status switch
    {
        IncidentStatus.Open => FromOpen,
        IncidentStatus.Investigating => FromInvestigating,
        IncidentStatus.InProgress => FromInProgress,
        IncidentStatus.Resolved => FromResolved,
        _ => [],
    };

    /// <summary>Tells whether a move is allowed. Staying in the same state is not a move.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The requested status.</param>
    /// <returns><see langword="true"/> when the lifecycle allows it.</returns>
    public static bool IsAllowed(IncidentStatus from, IncidentStatus to) => AllowedNext(from).Contains(to);

    /// <summary>The resolution timestamp after a move.</summary>
    /// <param name="to">The new status.</param>
    /// <param name="current">The timestamp before the move.</param>
    /// <param name="now">The time of the move.</param>
    /// <returns>Now when entering resolved, kept when closing, cleared otherwise.</returns>
    public static DateTimeOffset? ResolutionTimestamp(IncidentStatus to, DateTimeOffset? current, DateTimeOffset now) => to switch
    {
        IncidentStatus.Resolved => now,
        IncidentStatus.Closed => current,
        _ => null,
    };
}
