using IncidentCore.Ports.Approvals;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The approval domain's repositories on the unit of work (made on first use): change and rollback requests are
/// staged in the same context and saved by the same <c>SaveChanges</c>, in the same transaction, as everything else,
/// so a completed rollback and its change's move to <c>rolled_back</c> commit together or not at all.
/// </summary>
internal sealed partial class EntityFrameworkUnitOfWork : IApprovalUnitOfWork
{
    private EntityFrameworkChangeRequestRepository? _changeRequests;
    private EntityFrameworkRollbackRequestRepository? _rollbackRequests;

    public IChangeRequestRepository ChangeRequests => _changeRequests ??= new(this);

    public IRollbackRequestRepository RollbackRequests => _rollbackRequests ??= new(this);
}
