using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The clients table: untracked reads, and writes staged in the unit of work with their unique keys.</summary>
internal sealed class EntityFrameworkClientRepository(EntityFrameworkUnitOfWork work) : IClientRepository
{
    public async ValueTask<Client?> FindByIdAsync(string clientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return await work.Query<Client>(cancellationToken).FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Client?> FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registrationNumberKey);
        return await work.Query<Client>(cancellationToken)
            .FirstOrDefaultAsync(c => EF.Property<string>(c, ModelNames.RegistrationNumberKey) == registrationNumberKey, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<Client?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contactEmailKey);
        return await work.Query<Client>(cancellationToken)
            .FirstOrDefaultAsync(c => EF.Property<string>(c, ModelNames.ContactEmailKey) == contactEmailKey, cancellationToken).ConfigureAwait(false);
    }

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
