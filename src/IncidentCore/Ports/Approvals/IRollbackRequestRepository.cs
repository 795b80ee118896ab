using IncidentCore.Domain.Approvals;

namespace IncidentCore.Ports.Approvals;

/// <summary>
/// Rollback request records. A change holds at most one open rollback (requested, approved or in_progress): a
/// conditional unique key on <c>change_id</c> enforced at commit, so racing requests leave exactly one.
/// </summary>
public interface IRollbackRequestRepository
{
    /// <summary>Finds a rollback request by id.</summary>
    /// <param name="rollbackId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<RollbackRequest?> FindByIdAsync(string rollbackId, CancellationToken cancellationToken = default);

    /// <summary>Finds the open rollback of a change (requested, approved or in_progress).</summary>
    /// <param name="changeId">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open rollback, or <see langword="null"/> when the change has none.</returns>
    ValueTask<RollbackRequest?> FindOpenByChangeAsync(string changeId, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; at commit a second open rollback of the same change is refused as a duplicate <c>change_id</c>.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(RollbackRequest record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(RollbackRequest record);
}
