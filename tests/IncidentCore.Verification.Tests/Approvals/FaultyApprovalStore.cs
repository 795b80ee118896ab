using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Ports.Incidents;
using IncidentCore.Verification.Tests.FaultInjection;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// A decorator around a store that holds change and rollback requests, running every call the approval procedures make
/// (begin, users, audit, actor guard, change and rollback reads and writes, commit) through a <see cref="FaultPlan"/>.
/// The other incident repositories pass through: the approval procedures read only incidents, and only to check a link.
/// </summary>
internal sealed class FaultyApprovalStore(IUnitOfWorkFactory inner) : IUnitOfWorkFactory
{
    public FaultPlan Plan { get; set; } = new();

    public ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var plan = Plan;
        return plan.EnterAsync("begin", async () => (IUnitOfWork)new Work((IApprovalUnitOfWork)await inner.BeginAsync(cancellationToken), plan));
    }

    private sealed class Work(IApprovalUnitOfWork inner, FaultPlan plan)
        : IApprovalUnitOfWork, IUserRepository, IAuditTrail, IChangeRequestRepository, IRollbackRequestRepository
    {
        public IClientRepository Clients => inner.Clients;

        public IUserRepository Users => this;

        public IVendorRepository Vendors => inner.Vendors;

        public IAuditTrail AuditTrail => this;

        public IProductRepository Products => inner.Products;

        public IComponentRepository Components => inner.Components;

        public IIncidentRepository Incidents => inner.Incidents;

        public IEscalationRepository Escalations => inner.Escalations;

        public ICommunicationRepository Communications => inner.Communications;

        public IReviewRepository Reviews => inner.Reviews;

        public IChangeRequestRepository ChangeRequests => this;

        public IRollbackRequestRepository RollbackRequests => this;

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default) =>
            plan.EnterAsync("commit", () => inner.CommitAsync(cancellationToken));

        public void GuardActor(string userId, long version)
        {
            plan.Enter("actor.guard");
            inner.GuardActor(userId, version);
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            if (plan.FailDispose)
            {
                throw new SimulatedStorageFailure("Simulated failure while ending the unit of work.");
            }
        }

        ValueTask<User?> IUserRepository.FindByIdAsync(string userId, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.find_by_id", () => inner.Users.FindByIdAsync(userId, cancellationToken));

        ValueTask<User?> IUserRepository.FindByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.find_by_email", () => inner.Users.FindByEmailAsync(emailKey, cancellationToken));

        ValueTask<IReadOnlyList<User>> IUserRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.list", () => inner.Users.ListAsync(skip, take, cancellationToken));

        void IUserRepository.Add(User user)
        {
            plan.Enter("users.add");
            inner.Users.Add(user);
        }

        void IUserRepository.Update(User user)
        {
            plan.Enter("users.update");
            inner.Users.Update(user);
        }

        void IAuditTrail.Append(AuditEntry entry)
        {
            plan.Enter("audit.append");
            inner.AuditTrail.Append(entry);
        }

        ValueTask<IReadOnlyList<AuditEntry>> IAuditTrail.ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("audit.list", () => inner.AuditTrail.ListAsync(afterAuditId, take, cancellationToken));

        ValueTask<long> IAuditTrail.CountAsync(CancellationToken cancellationToken) =>
            plan.EnterAsync("audit.count", () => inner.AuditTrail.CountAsync(cancellationToken));

        ValueTask<ChangeRequest?> IChangeRequestRepository.FindByIdAsync(string changeId, CancellationToken cancellationToken) =>
            plan.EnterAsync("change_requests.find_by_id", () => inner.ChangeRequests.FindByIdAsync(changeId, cancellationToken));

        void IChangeRequestRepository.Add(ChangeRequest record)
        {
            plan.Enter("change_requests.add");
            inner.ChangeRequests.Add(record);
        }

        void IChangeRequestRepository.Update(ChangeRequest record)
        {
            plan.Enter("change_requests.update");
            inner.ChangeRequests.Update(record);
        }

        ValueTask<RollbackRequest?> IRollbackRequestRepository.FindByIdAsync(string rollbackId, CancellationToken cancellationToken) =>
            plan.EnterAsync("rollback_requests.find_by_id", () => inner.RollbackRequests.FindByIdAsync(rollbackId, cancellationToken));

        ValueTask<RollbackRequest?> IRollbackRequestRepository.FindOpenByChangeAsync(string changeId, CancellationToken cancellationToken) =>
            plan.EnterAsync("rollback_requests.find_open_by_change", () => inner.RollbackRequests.FindOpenByChangeAsync(changeId, cancellationToken));

        void IRollbackRequestRepository.Add(RollbackRequest record)
        {
            plan.Enter("rollback_requests.add");
            inner.RollbackRequests.Add(record);
        }

        void IRollbackRequestRepository.Update(RollbackRequest record)
        {
            plan.Enter("rollback_requests.update");
            inner.RollbackRequests.Update(record);
        }
    }
}
