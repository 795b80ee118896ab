using IncidentCore.Ports;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>Wraps a store so that every commit loses a race with a concurrent update and writes nothing.</summary>
public sealed class AlwaysConflictingStore(IUnitOfWorkFactory inner) : IUnitOfWorkFactory
{
    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default) =>
        new ConflictingUnitOfWork(await inner.BeginAsync(cancellationToken));

    private sealed class ConflictingUnitOfWork(IUnitOfWork inner) : IUnitOfWork
    {
        public IClientRepository Clients => inner.Clients;

        public IUserRepository Users => inner.Users;

        public IVendorRepository Vendors => inner.Vendors;

        public IAuditTrail AuditTrail => inner.AuditTrail;

        public void GuardActor(string userId, long version) => inner.GuardActor(userId, version);

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(CommitResult.Conflict);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
