using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.Adapters.InMemory;

/// <summary>The approval domain's repositories on the in-memory unit of work: reads from the committed tables, writes staged.</summary>
internal sealed partial class InMemoryUnitOfWork : IApprovalUnitOfWork, IChangeRequestRepository, IRollbackRequestRepository
{
    public IChangeRequestRepository ChangeRequests => this;

    public IRollbackRequestRepository RollbackRequests => this;

    ValueTask<ChangeRequest?> IChangeRequestRepository.FindByIdAsync(string changeId, CancellationToken cancellationToken) =>
        Read(store.ChangeRequests.FindById(changeId), cancellationToken);

    void IChangeRequestRepository.Add(ChangeRequest record) => Stage(store.ChangeRequests, record, isUpdate: false);

    void IChangeRequestRepository.Update(ChangeRequest record) => Stage(store.ChangeRequests, record, isUpdate: true);

    ValueTask<RollbackRequest?> IRollbackRequestRepository.FindByIdAsync(string rollbackId, CancellationToken cancellationToken) =>
        Read(store.RollbackRequests.FindById(rollbackId), cancellationToken);

    ValueTask<RollbackRequest?> IRollbackRequestRepository.FindOpenByChangeAsync(string changeId, CancellationToken cancellationToken) =>
        Read(store.RollbackRequests.FindByKey(0, changeId), cancellationToken);

    void IRollbackRequestRepository.Add(RollbackRequest record) => Stage(store.RollbackRequests, record, isUpdate: false);

    void IRollbackRequestRepository.Update(RollbackRequest record) => Stage(store.RollbackRequests, record, isUpdate: true);
}
