using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Tests.Support;

/// <summary>An in-memory store whose commit (or start) fails on demand, as a broken database would.</summary>
internal sealed class FailingStore(InMemoryStore inner, bool failOnBegin) : IUnitOfWorkFactory, IIdGenerator
{
    public bool Failing { get; set; } = true;

    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (Failing && failOnBegin)
        {
            throw new IOException("connection refused");
        }

        return new FailingUnitOfWork(await inner.BeginAsync(cancellationToken), this);
    }

    public string NewId(EntityType entityType) => inner.NewId(entityType);

    public string NewAuditId() => inner.NewAuditId();

    private sealed class FailingUnitOfWork(IUnitOfWork work, FailingStore owner) : IUnitOfWork
    {
        public IClientRepository Clients => work.Clients;

        public IUserRepository Users => work.Users;

        public IVendorRepository Vendors => work.Vendors;

        public IAuditTrail AuditTrail => work.AuditTrail;

        public void GuardActor(string userId, long version) => work.GuardActor(userId, version);

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default) =>
            owner.Failing ? throw new InvalidOperationException("disk full") : work.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => work.DisposeAsync();
    }
}
