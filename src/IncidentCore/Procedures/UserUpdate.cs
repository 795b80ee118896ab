using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Update User Details": a system administrator or incident manager changes a user's details, role assignment
/// or status. The user must exist, a new role must be one of the seven, email uniqueness and client/vendor existence
/// are re-checked when they change; updated_at is set; the update is audited.
/// </summary>
public sealed class UserUpdate
{
    private readonly Steps _steps;

    internal UserUpdate(ProcedureRuntime runtime) => _steps = new Steps(runtime);

    /// <summary>Updates a user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="userId">The user to update.</param>
    /// <param name="changes">The fields to change, by wire name (name, email, role, department, client_id, vendor_id, timezone, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated user, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<User>> UpdateAsync(string actorUserId, string userId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _steps.RunAsync(actorUserId, userId, changes, cancellationToken);

    /// <summary>What is particular to updating a user.</summary>
    private sealed class Steps(ProcedureRuntime runtime) : RecordUpdate<User, UserPatch>(runtime, Operation.UserUpdate, EntityType.User, "user_id")
    {
        // Validation includes that a new role exists in the allowed enumeration.
        protected override UserPatch Parse(FieldValidator input, ChangeSet changes) => UserPatch.Parse(input, changes);

        protected override AuthorizationRequest AuthorizationRequestFor(string recordId) => new(Operation);

        protected override ValueTask<User?> FindAsync(IUnitOfWork work, string recordId, CancellationToken cancellationToken) =>
            work.Users.FindByIdAsync(recordId, cancellationToken);

        protected override SensitiveChange SensitiveChanges(UserPatch patch, User actor, User current) => patch.SensitiveChanges(actor, current);

        // Re-check email uniqueness and that a new client_id or vendor_id exists.
        protected override async ValueTask<Halt?> CheckAsync(IUnitOfWork work, UserPatch patch, User current, Activity? activity, CancellationToken cancellationToken)
        {
            if (patch.Email is { } email
                && await work.Users.FindByEmailAsync(UniqueKeys.Email(email), cancellationToken).ConfigureAwait(false) is { } sameEmail
                && sameEmail.UserId != current.UserId)
            {
                return Runtime.Halted(Operation, activity, HaltCode.Duplicate, "Another user already has this email; nothing was changed.",
                    [new FieldError("email", "duplicate", "email is already used by another user.")]);
            }

            var missing = new FieldValidator();
            if (patch.ClientId is { } clientId && await work.Clients.FindByIdAsync(clientId, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add("client_id", "not_found", "client_id does not name an existing client.");
            }

            if (patch.VendorId is { } vendorId && await work.Vendors.FindByIdAsync(vendorId, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add("vendor_id", "not_found", "vendor_id does not name an existing vendor.");
            }

            return missing.HasErrors
                ? Runtime.Halted(Operation, activity, HaltCode.NotFound, "The specified client or vendor does not exist; nothing was changed.", missing.Errors)
                : null;
        }

        protected override User Apply(UserPatch patch, User current, DateTimeOffset now) =>
            patch.ApplyTo(current) with { UpdatedAt = now, Version = current.Version + 1 };

        protected override void Stage(IUnitOfWork work, User updated) => work.Users.Update(updated);

        protected override IReadOnlyList<AuditValueChange> ValueChanges(UserPatch patch, User before, User after) => patch.ValueChanges(before, after);
    }

    /// <summary>A validated user change set.</summary>
    private sealed class UserPatch : RecordPatch
    {
        public string? Name { get; private set; }

        public string? Email { get; private set; }

        public UserRole? Role { get; private set; }

        public bool SetsDepartment { get; private set; }

        public string? Department { get; private set; }

        public bool SetsClientId { get; private set; }

        public string? ClientId { get; private set; }

        public bool SetsVendorId { get; private set; }

        public string? VendorId { get; private set; }

        public string? Timezone { get; private set; }

        public UserStatus? Status { get; private set; }

        public static UserPatch Parse(FieldValidator input, ChangeSet changes)
        {
            if (!ChangeSetFields.CheckShape(input, changes, DomainFields.User))
            {
                return new UserPatch();
            }

            var patch = new UserPatch { Fields = [.. changes.Select(c => c.Key)] };
            foreach (var (field, value) in changes)
            {
                switch (field)
                {
                    case "name": patch.Name = input.RequiredText(field, value); break;
                    case "email": patch.Email = input.RequiredEmail(field, value); break;
                    case "role": patch.Role = input.RequiredEnum(field, value, WireNames.UserRole); break;
                    case "department": patch.SetsDepartment = true; patch.Department = input.OptionalText(field, value); break;
                    case "client_id": patch.SetsClientId = true; patch.ClientId = input.OptionalId(field, value); break;
                    case "vendor_id": patch.SetsVendorId = true; patch.VendorId = input.OptionalId(field, value); break;
                    case "timezone": patch.Timezone = input.Timezone(field, value, required: true); break;
                    case "status": patch.Status = input.RequiredEnum(field, value, WireNames.UserStatus); break;
                }
            }

            return patch;
        }

        public SensitiveChange SensitiveChanges(User actor, User target)
        {
            var sensitive = SensitiveChange.None;
            if ((Role is not null || Status is not null) && string.Equals(actor.UserId, target.UserId, StringComparison.Ordinal))
            {
                sensitive |= SensitiveChange.OwnRoleOrStatus;
            }

            if (Role is { } role && role != target.Role && (role == UserRole.SystemAdministrator || target.Role == UserRole.SystemAdministrator))
            {
                sensitive |= SensitiveChange.SystemAdministratorRole;
            }

            return sensitive;
        }

        public User ApplyTo(User current) => current with
        {
            Name = Name ?? current.Name,
            Email = Email ?? current.Email,
            Role = Role ?? current.Role,
            Department = SetsDepartment ? Department : current.Department,
            ClientId = SetsClientId ? ClientId : current.ClientId,
            VendorId = SetsVendorId ? VendorId : current.VendorId,
            Timezone = Timezone ?? current.Timezone,
            Status = Status ?? current.Status,
        };

        public List<AuditValueChange> ValueChanges(User before, User after)
        {
            var changes = new List<AuditValueChange>(4);
            if (Role is not null)
            {
                changes.Add(new("role", before.Role.ToWireName(), after.Role.ToWireName()));
            }

            if (Status is not null)
            {
                changes.Add(new("status", before.Status.ToWireName(), after.Status.ToWireName()));
            }

            if (SetsClientId)
            {
                changes.Add(new("client_id", before.ClientId, after.ClientId));
            }

            if (SetsVendorId)
            {
                changes.Add(new("vendor_id", before.VendorId, after.VendorId));
            }

            return changes;
        }
    }
}
