using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The rollback requests table: untracked reads, writes staged in the unit of work. "At most one open rollback per
/// change" is the filtered unique index of the model, so a racing second one is refused at commit as a duplicate
/// <c>change_id</c>, and a change's open rollback is found through that index.
/// </summary>
internal sealed class EntityFrameworkRollbackRequestRepository(EntityFrameworkUnitOfWork work) : IRollbackRequestRepository
{
    public ValueTask<RollbackRequest?> FindByIdAsync(string rollbackId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.RollbackById, rollbackId, cancellationToken);

    public ValueTask<RollbackRequest?> FindOpenByChangeAsync(string changeId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.OpenRollbackByChange, changeId, cancellationToken);

    public void Add(RollbackRequest record) => work.StageAdd(record, static _ => { });

    public void Update(RollbackRequest record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
