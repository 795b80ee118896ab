using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>User records. Lookups by unique key take the key as made by <see cref="Domain.Normalization.UniqueKeys"/>.</summary>
public interface IUserRepository
{
    /// <summary>Finds a user by id.</summary>
    /// <param name="userId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/>.</returns>
    ValueTask<User?> FindByIdAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Finds a user by email key.</summary>
    /// <param name="emailKey">The key from <see cref="Domain.Normalization.UniqueKeys.Email"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or <see langword="null"/>.</returns>
    ValueTask<User?> FindByEmailAsync(string emailKey, CancellationToken cancellationToken = default);

    /// <summary>Lists users ordered by id (ordinal), a page at a time.</summary>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<User>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Stages a new user; its unique email key is enforced at commit.</summary>
    /// <param name="user">The user, with <see cref="User.Version"/> 1.</param>
    void Add(User user);

    /// <summary>Stages an update; at commit the stored version must still be <c>user.Version - 1</c>.</summary>
    /// <param name="user">The updated user, with its version already incremented.</param>
    void Update(User user);
}
