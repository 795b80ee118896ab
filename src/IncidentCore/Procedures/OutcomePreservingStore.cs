using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// The host's store as the procedures see it: a failure while ending a unit of work (closing a connection, say) is
/// reported and never changes the outcome, because by then the commit has already decided what happened. Without this,
/// a change committed and audited could be reported as a storage failure that "changed nothing".
/// </summary>
internal sealed class OutcomePreservingStore(IUnitOfWorkFactory inner, IProcedureEvents events) : IUnitOfWorkFactory
{
    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var work = await inner.BeginAsync(cancellationToken).ConfigureAwait(false);
        return work switch
        {
            IApprovalUnitOfWork approvals => new ApprovalWork(approvals, events),
            IIncidentUnitOfWork incidents => new IncidentWork(incidents, events),
            _ => new Work(work, events),
        };
    }

    /// <summary>The same, for a store that also holds change and rollback requests.</summary>
    private sealed class ApprovalWork(IApprovalUnitOfWork inner, IProcedureEvents events) : IncidentWork(inner, events), IApprovalUnitOfWork
    {
        public IChangeRequestRepository ChangeRequests => inner.ChangeRequests;

        public IRollbackRequestRepository RollbackRequests => inner.RollbackRequests;
    }

    /// <summary>The same, for a store that also holds the incident domain.</summary>
    private class IncidentWork(IIncidentUnitOfWork inner, IProcedureEvents events) : Work(inner, events), IIncidentUnitOfWork
    {
        public IProductRepository Products => inner.Products;

        public IComponentRepository Components => inner.Components;

        public IIncidentRepository Incidents => inner.Incidents;

        public IEscalationRepository Escalations => inner.Escalations;

        public ICommunicationRepository Communications => inner.Communications;

        public IReviewRepository Reviews => inner.Reviews;
    }

    private class Work(IUnitOfWork inner, IProcedureEvents events) : IUnitOfWork
    {
        public IClientRepository Clients => inner.Clients;

        public IUserRepository Users => inner.Users;

        public IVendorRepository Vendors => inner.Vendors;

        public IAuditTrail AuditTrail => inner.AuditTrail;

        public void GuardActor(string userId, long version) => inner.GuardActor(userId, version);

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Ending a unit of work happens after its outcome is decided; it must not replace that outcome.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                events.UnitOfWorkEndFailed(exception);
            }
        }
    }
}
