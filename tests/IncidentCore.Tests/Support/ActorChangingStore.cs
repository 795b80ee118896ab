using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Tests.Support;

/// <summary>
/// An in-memory store that, just before the first commit of a call, lets someone else change a user (an administrator
/// deactivating the actor, say): the race the actor guard at commit exists for.
/// </summary>
internal sealed class ActorChangingStore(InMemoryStore inner, string userId, Func<User, User> change) : IUnitOfWorkFactory, IIdGenerator
{
    private int _changed;

    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default) =>
        new Work(await inner.BeginAsync(cancellationToken), this);

    public string NewId(EntityType entityType) => inner.NewId(entityType);

    public string NewAuditId() => inner.NewAuditId();

    private async ValueTask ChangeOnceAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _changed, 1) == 1)
        {
            return;
        }

        await using var other = await inner.BeginAsync(cancellationToken);
        var user = (await other.Users.FindByIdAsync(userId, cancellationToken))!;
        other.Users.Update(change(user) with { Version = user.Version + 1 });
        var result = await other.CommitAsync(cancellationToken);
        if (!result.IsCommitted)
        {
            throw new InvalidOperationException($"The concurrent change did not commit: {result.Status}.");
        }
    }

    private sealed class Work(IUnitOfWork work, ActorChangingStore owner) : IUnitOfWork
    {
        public IClientRepository Clients => work.Clients;

        public IUserRepository Users => work.Users;

        public IVendorRepository Vendors => work.Vendors;

        public IAuditTrail AuditTrail => work.AuditTrail;

        public void GuardActor(string userId, long version) => work.GuardActor(userId, version);

        public async ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            await owner.ChangeOnceAsync(cancellationToken);
            return await work.CommitAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => work.DisposeAsync();
    }
}
