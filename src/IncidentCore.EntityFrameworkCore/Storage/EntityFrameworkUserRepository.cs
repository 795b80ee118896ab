using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The users table: untracked reads, and writes staged in the unit of work with their unique key.</summary>
internal sealed class EntityFrameworkUserRepository(EntityFrameworkUnitOfWork work) : IUserRepository
{
    public ValueTask<User?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.UserById, userId, cancellationToken);

    public ValueTask<User?> FindByEmailAsync(string emailKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.UserByEmail, emailKey, cancellationToken);

    public async ValueTask<IReadOnlyList<User>> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = work.Query<User>(cancellationToken);
        if (skip < 0 || take <= 0)
        {
            return [];
        }

        return await query.OrderBy(u => u.UserId).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(User user) => work.StageAdd(user, SetKeys);

    public void Update(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        work.StageUpdate(user, user.Version, SetKeys);
    }

    private static void SetKeys(EntityEntry<User> entry) =>
        entry.Property<string>(ModelNames.EmailKey).CurrentValue = UniqueKeys.Email(entry.Entity.Email);
}
