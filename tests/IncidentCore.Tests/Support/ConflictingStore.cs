using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Tests.Support;

/// <summary>An in-memory store whose every commit reports a lost race, counting the attempts.</summary>
internal sealed class ConflictingStore(InMemoryStore inner) : IUnitOfWorkFactory, IIdGenerator
{
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default) =>
        new Work(await inner.BeginAsync(cancellationToken), this);

    public string NewId(EntityType entityType) => inner.NewId(entityType);

    public string NewAuditId() => inner.NewAuditId();

    private sealed class Work(IUnitOfWork work, ConflictingStore owner) : IUnitOfWork
    {
        public IClientRepository Clients => work.Clients;

        public IUserRepository Users => work.Users;

        public IVendorRepository Vendors => work.Vendors;

        public IAuditTrail AuditTrail => work.AuditTrail;

        public void GuardActor(string userId, long version) => work.GuardActor(userId, version);

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._commits);
            return ValueTask.FromResult(CommitResult.Conflict);
        }

        public ValueTask DisposeAsync() => work.DisposeAsync();
    }
}
