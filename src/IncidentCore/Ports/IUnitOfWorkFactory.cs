namespace IncidentCore.Ports;

/// <summary>
/// The storage entry point: starts a unit of work. A host plugs in its own storage by implementing this
/// (and <see cref="IIdGenerator"/>) and registering it through the IncidentCore builder.
/// </summary>
public interface IUnitOfWorkFactory
{
    /// <summary>Starts a unit of work. Nothing it stages is visible to others until <see cref="IUnitOfWork.CommitAsync"/> succeeds.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The unit of work; dispose it to end it (without a commit, everything staged is discarded).</returns>
    ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default);
}
