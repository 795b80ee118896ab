using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// A host's rows that commit with a change, or not at all. The store calls every registered participant inside the
/// transaction of each commit that adds or updates a record, just before it saves, with the unit of work's own
/// context: rows the participant adds there (an outbox message, a notification) are saved by the same
/// <c>SaveChanges</c> and committed, or rolled back, with the record and its audit entry.
/// </summary>
/// <remarks>
/// <para>
/// A participant is never called for a commit that changes no record, so a denied call (whose only write is its
/// denial audit entry) and a halted call (which commits nothing) never carry the host's rows, and the denial entry
/// never depends on the host's work. A procedure that loses a race retries in a new unit of work with a new context:
/// the participant is called again there, and only the attempt that commits keeps its rows, so they are saved once.
/// </para>
/// <para>
/// Add or attach rows only: do not call <c>SaveChanges</c> (the store refuses the commit if the staged records were
/// saved by someone else) and do not keep the context. A participant that throws makes the commit fail: nothing is
/// saved and the procedure halts with <c>storage_failure</c>. Participants are resolved per unit of work from a
/// service scope of its own; the context passed in is the one to use.
/// </para>
/// </remarks>
/// <typeparam name="TContext">The host's context.</typeparam>
public interface IIncidentCoreCommitParticipant<in TContext>
    where TContext : DbContext
{
    /// <summary>Adds the host's rows for a commit to the unit of work's context.</summary>
    /// <param name="context">The unit of work's context; its transaction is open.</param>
    /// <param name="commit">What is being committed.</param>
    /// <param name="cancellationToken">Cancels the call; cancelling makes the commit write nothing.</param>
    /// <returns>A task that completes when the rows are added.</returns>
    ValueTask OnCommittingAsync(TContext context, IncidentCoreCommit commit, CancellationToken cancellationToken);
}
