using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.UserFields;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Update User Details": a system administrator or incident manager changes a user's details, role assignment
/// or status. The user must exist, a new role must be one of the seven, email uniqueness and client/vendor existence
/// are re-checked when they change; updated_at is set; the update is audited.
/// </summary>
public sealed class UserUpdate
{
    /// <summary>
    /// Change set: name, email (unique), role (one of the seven), department, client_id and vendor_id (must exist),
    /// timezone, status. Who may run it: <see cref="PolicyTable"/> rows for user_update, and the opt-in forbids on
    /// system administrator accounts and on one's own role or status. Steps: validate (including the role
    /// enumeration) → authorize → retrieve the user (not_found) → opt-in forbids → email unique → client/vendor exist
    /// → update with the current timestamp → audit, in one commit.
    /// </summary>
    internal static readonly UpdateSop<User> Sop = new()
    {
        Operation = Operation.UserUpdate,
        EntityType = EntityType.User,
        IdField = "user_id",
        Inputs =
        [
            new SopInput<ChangeSet, User>(Field.Name),
            new SopInput<ChangeSet, User>(Field.Email),
            new SopInput<ChangeSet, User>(Field.Role),
            new SopInput<ChangeSet, User>(Field.Department),
            new SopInput<ChangeSet, User>(Field.ClientId),
            new SopInput<ChangeSet, User>(Field.VendorId),
            new SopInput<ChangeSet, User>(Field.Timezone),
            new SopInput<ChangeSet, User>(Field.Status),
        ],
        Find = Field.FindById,
        IdOf = static u => u.UserId,
        Sensitive = static (User actor, in SopValues v, User? target) => UserSensitivity.OfUpdate(
            actor, target!, v.IsSet(Field.Role) ? (UserRole)v.Number(Field.Role) : null, v.IsSet(Field.Role) || v.IsSet(Field.Status)),
        Apply = static (in SopValues v, User u, DateTimeOffset now) => u with
        {
            Name = v.TextOr(Field.Name, u.Name),
            Email = v.TextOr(Field.Email, u.Email),
            Role = (UserRole)v.NumberOr(Field.Role, (int)u.Role),
            Department = v.OptionalTextOr(Field.Department, u.Department),
            ClientId = v.OptionalTextOr(Field.ClientId, u.ClientId),
            VendorId = v.OptionalTextOr(Field.VendorId, u.VendorId),
            Timezone = v.TextOr(Field.Timezone, u.Timezone),
            Status = (UserStatus)v.NumberOr(Field.Status, (int)u.Status),
            UpdatedAt = now,
            Version = u.Version + 1,
        },
        Stage = static (work, user) => work.Users.Update(user),
    };

    private readonly SopPipeline _pipeline;

    internal UserUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates a user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="userId">The user to update.</param>
    /// <param name="changes">The fields to change, by wire name (name, email, role, department, client_id, vendor_id, timezone, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated user, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<User>> UpdateAsync(string actorUserId, string userId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, userId, changes, cancellationToken);
}
