using IncidentCore.Policy;

namespace IncidentCore.Ports;

/// <summary>What the escalation hook is told about a storage failure. It holds no input values.</summary>
/// <param name="Operation">The procedure that failed.</param>
/// <param name="ActorUserId">The acting user's id.</param>
/// <param name="Exception">The exception the store threw.</param>
/// <param name="OccurredAt">When the failure happened.</param>
public sealed record StorageFailure(Operation Operation, string ActorUserId, Exception Exception, DateTimeOffset OccurredAt)
{
    /// <summary>
    /// <see langword="true"/> when the store failed while committing (<see cref="CommitOutcomeUnknownException"/>):
    /// the change may have been saved. <see langword="false"/> when nothing was changed.
    /// </summary>
    public bool CommitOutcomeUnknown { get; init; }
}
