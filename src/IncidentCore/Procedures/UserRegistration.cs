using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Register User Account": a system administrator or incident manager adds a person with a role, an optional
/// client or vendor association, a time zone (default UTC) and a status (default active). The email must be unique
/// and any client_id or vendor_id must exist; the registration is audited.
/// </summary>
public sealed class UserRegistration
{
    private const Operation Sop = Operation.UserRegistration;
    private readonly ProcedureRuntime _runtime;

    internal UserRegistration(ProcedureRuntime runtime) => _runtime = runtime;

    /// <summary>Registers a user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The user's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new user_id, or a halt (validation_failed, unauthorized, duplicate, not_found, storage_failure).</returns>
    public async ValueTask<SopResult<string>> RegisterAsync(string actorUserId, UserRegistrationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ProcedureRuntime.StartActivity(Sop);

        var input = new FieldValidator();
        input.ActorUserId(actorUserId);
        var name = input.RequiredText("name", request.Name);
        var email = input.RequiredEmail("email", request.Email);
        var role = input.RequiredEnum("role", request.Role, WireNames.UserRole);
        var department = input.OptionalText("department", request.Department);
        var clientId = input.OptionalId("client_id", request.ClientId);
        var vendorId = input.OptionalId("vendor_id", request.VendorId);
        var timezone = input.Timezone("timezone", request.Timezone, required: false);
        var status = input.OptionalEnum("status", request.Status, WireNames.UserStatus, UserStatus.Active);
        if (input.HasErrors)
        {
            return _runtime.ValidationFailed(Sop, activity, input);
        }

        try
        {
            await using var work = await _runtime.Store.BeginAsync(cancellationToken).ConfigureAwait(false);

            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
            var decision = _runtime.Policy.Authorize(actor, new AuthorizationRequest(Sop));
            if (!decision.IsAllowed)
            {
                return await _runtime.DenyAsync(work, Sop, activity, decision, actorUserId, AuditAction.Create, EntityType.User, null, cancellationToken).ConfigureAwait(false);
            }

            // Check that the email address is unique.
            if (await work.Users.FindByEmailAsync(UniqueKeys.Email(email!), cancellationToken).ConfigureAwait(false) is not null)
            {
                return _runtime.Halted(Sop, activity, HaltCode.Duplicate, "A user with this email already exists; nothing was changed.",
                    [new FieldError("email", "duplicate", "email is already used by another user.")]);
            }

            // Confirm that a specified client_id or vendor_id exists.
            var missing = new FieldValidator();
            if (clientId is not null && await work.Clients.FindByIdAsync(clientId, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add("client_id", "not_found", "client_id does not name an existing client.");
            }

            if (vendorId is not null && await work.Vendors.FindByIdAsync(vendorId, cancellationToken).ConfigureAwait(false) is null)
            {
                missing.Add("vendor_id", "not_found", "vendor_id does not name an existing vendor.");
            }

            if (missing.HasErrors)
            {
                return _runtime.Halted(Sop, activity, HaltCode.NotFound, "The specified client or vendor does not exist; nothing was changed.", missing.Errors);
            }

            var now = _runtime.Time.GetUtcNow();
            var user = new User
            {
                UserId = _runtime.Ids.NewId(EntityType.User),
                Name = name!,
                Email = email!,
                Role = role!.Value,
                Department = department,
                ClientId = clientId,
                VendorId = vendorId,
                Timezone = timezone!,
                Status = status!.Value,
                CreatedAt = now,
                UpdatedAt = now,
            };
            work.Users.Add(user);
            work.AuditTrail.Append(_runtime.SuccessEntry(AuditAction.Create, EntityType.User, user.UserId, actorUserId, decision, now,
                CreatedFields(user), CreatedValues(user)));

            var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (!commit.IsCommitted)
            {
                return _runtime.CommitRefused(Sop, activity, commit);
            }

            return _runtime.Succeeded(Sop, activity, user.UserId, EntityType.User, user.UserId, actorUserId, decision);
        }
        catch (Exception exception) when (ProcedureRuntime.IsStorageFailure(exception, cancellationToken))
        {
            return await _runtime.StorageFailedAsync(Sop, activity, actorUserId, exception).ConfigureAwait(false);
        }
    }

    private static List<string> CreatedFields(User user)
    {
        var fields = new List<string>(8) { "name", "email", "role" };
        if (user.Department is not null)
        {
            fields.Add("department");
        }

        if (user.ClientId is not null)
        {
            fields.Add("client_id");
        }

        if (user.VendorId is not null)
        {
            fields.Add("vendor_id");
        }

        fields.Add("timezone");
        fields.Add("status");
        return fields;
    }

    private static List<AuditValueChange> CreatedValues(User user)
    {
        var values = new List<AuditValueChange>(4)
        {
            new("role", null, user.Role.ToWireName()),
            new("status", null, user.Status.ToWireName()),
        };
        if (user.ClientId is not null)
        {
            values.Add(new("client_id", null, user.ClientId));
        }

        if (user.VendorId is not null)
        {
            values.Add(new("vendor_id", null, user.VendorId));
        }

        return values;
    }
}
