using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The clients table: untracked reads, and writes staged in the unit of work with their unique keys.</summary>
internal sealed class EntityFrameworkClientRepository(EntityFrameworkUnitOfWork work) : IClientRepository
{
    public ValueTask<Client?> FindByIdAsync(string clientId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ClientById, clientId, cancellationToken);

    public ValueTask<Client?> FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ClientByRegistrationNumber, registrationNumberKey, cancellationToken);

    public ValueTask<Client?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ClientByContactEmail, contactEmailKey, cancellationToken);

    public async ValueTask<IReadOnlyList<Client>> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = work.Query<Client>(cancellationToken);
        if (skip < 0 || take <= 0)
        {
            return [];
        }

        return await query.OrderBy(c => c.ClientId).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(Client client) => work.StageAdd(client, SetKeys);

    public void Update(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        work.StageUpdate(client, client.Version, SetKeys);
    }

    private static void SetKeys(EntityEntry<Client> entry)
    {
        entry.Property<string>(ModelNames.RegistrationNumberKey).CurrentValue = UniqueKeys.RegistrationNumber(entry.Entity.RegistrationNumber);
        entry.Property<string>(ModelNames.ContactEmailKey).CurrentValue = UniqueKeys.Email(entry.Entity.ContactEmail);
    }
}
