using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The change requests table: untracked reads, writes staged in the unit of work.</summary>
internal sealed class EntityFrameworkChangeRequestRepository(EntityFrameworkUnitOfWork work) : IChangeRequestRepository
{
    public ValueTask<ChangeRequest?> FindByIdAsync(string changeId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ChangeById, changeId, cancellationToken);

    public void Add(ChangeRequest record) => work.StageAdd(record, static _ => { });

    public void Update(ChangeRequest record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
