using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.UserFields;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Register User Account": a system administrator or incident manager adds a person with a role, an optional
/// client or vendor association, a time zone (default UTC) and a status (default active). The email must be unique
/// and any client_id or vendor_id must exist; the registration is audited.
/// </summary>
public sealed class UserRegistration
{
    /// <summary>
    /// Inputs: required name, email (unique), role; optional department, client_id and vendor_id (must exist),
    /// timezone (default UTC), status (default active). Who may run it: <see cref="PolicyTable"/> rows for
    /// user_registration; with the opt-in protection, only a system administrator creates a system administrator.
    /// Steps: validate → authorize → email unique → client/vendor exist → create → audit, in one commit.
    /// </summary>
    internal static readonly CreateSop<UserRegistrationRequest, User> Sop = new()
    {
        Operation = Operation.UserRegistration,
        EntityType = EntityType.User,
        IdField = "user_id",
        Inputs =
        [
            new SopInput<UserRegistrationRequest, User>(Field.Name, r => r.Name).Required(),
            new SopInput<UserRegistrationRequest, User>(Field.Email, r => r.Email).Required(),
            new SopInput<UserRegistrationRequest, User>(Field.Role, r => r.Role).Required(),
            new SopInput<UserRegistrationRequest, User>(Field.Department, r => r.Department),
            new SopInput<UserRegistrationRequest, User>(Field.ClientId, r => r.ClientId),
            new SopInput<UserRegistrationRequest, User>(Field.VendorId, r => r.VendorId),
            new SopInput<UserRegistrationRequest, User>(Field.Timezone, r => r.Timezone).Default(Domain.Normalization.TimeZoneName.Default),
            new SopInput<UserRegistrationRequest, User>(Field.Status, r => r.Status).Default(UserStatus.Active, WireNames.UserStatus),
        ],
        Sensitive = static (User actor, in SopValues v, User? _) => UserSensitivity.OfRegistration((UserRole)v.Number(Field.Role)),
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new User
        {
            UserId = id,
            Name = v.Text(Field.Name),
            Email = v.Text(Field.Email),
            Role = (UserRole)v.Number(Field.Role),
            Department = v.OptionalText(Field.Department),
            ClientId = v.OptionalText(Field.ClientId),
            VendorId = v.OptionalText(Field.VendorId),
            Timezone = v.Text(Field.Timezone),
            Status = (UserStatus)v.Number(Field.Status),
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, user) => work.Users.Add(user),
    };

    private readonly SopPipeline _pipeline;

    internal UserRegistration(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Registers a user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The user's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new user_id, or a halt (validation_failed, unauthorized, duplicate, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> RegisterAsync(string actorUserId, UserRegistrationRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
