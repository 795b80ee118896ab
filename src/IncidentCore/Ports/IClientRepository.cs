using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>Client records. Lookups by unique key take the key as made by <see cref="Domain.Normalization.UniqueKeys"/>.</summary>
public interface IClientRepository
{
    /// <summary>Finds a client by id.</summary>
    /// <param name="clientId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client, or <see langword="null"/>.</returns>
    ValueTask<Client?> FindByIdAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>Finds a client by registration number key.</summary>
    /// <param name="registrationNumberKey">The key from <see cref="Domain.Normalization.UniqueKeys.RegistrationNumber"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client, or <see langword="null"/>.</returns>
    ValueTask<Client?> FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken = default);

    /// <summary>Finds a client by contact email key.</summary>
    /// <param name="contactEmailKey">The key from <see cref="Domain.Normalization.UniqueKeys.Email"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client, or <see langword="null"/>.</returns>
    ValueTask<Client?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default);

    /// <summary>Lists clients ordered by id (ordinal), a page at a time.</summary>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<Client>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Stages a new client; its unique keys are enforced at commit.</summary>
    /// <param name="client">The client, with <see cref="Client.Version"/> 1.</param>
    void Add(Client client);

    /// <summary>Stages an update; at commit the stored version must still be <c>client.Version - 1</c>.</summary>
    /// <param name="client">The updated client, with its version already incremented.</param>
    void Update(Client client);
}
