using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// Reading a user record, by id or by email, governed by the read rules of <see cref="PolicyTable"/>: staff read any
/// user; an account manager and a client contact only users of their client; a vendor contact only users of its
/// vendor. Not audited; a denial never reveals whether an account exists.
/// </summary>
public sealed class UserRead
{
    internal static readonly ReadSop<User> Sop = new()
    {
        Operation = Operation.UserRead,
        EntityType = EntityType.User,
        IdField = "user_id",
        Find = UserFields.FindById,
        Target = static (operation, user) => new(operation, TargetClientId: user.ClientId, TargetVendorId: user.VendorId),
    };

    private readonly SopPipeline _pipeline;

    internal UserRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads a user by id.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="userId">The user to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<User>> ReadAsync(string actorUserId, string userId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, userId, cancellationToken);

    /// <summary>Finds a user by email (compared by its normalised key).</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="email">The email.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<User>> FindByEmailAsync(string actorUserId, string email, CancellationToken cancellationToken = default) =>
        _pipeline.ReadByKeyAsync(Sop, UserFields.Email, actorUserId, email, cancellationToken);
}
