using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Client Information Update": a system administrator, or the account manager assigned to the client, changes
/// a client's details or status. Uniqueness is re-checked for a changed registration_number or contact_email;
/// updated_at is set; the update is audited.
/// </summary>
public sealed class ClientUpdate
{
    private const Operation Sop = Operation.ClientUpdate;
    private readonly ProcedureRuntime _runtime;

    internal ClientUpdate(ProcedureRuntime runtime) => _runtime = runtime;

    /// <summary>Updates a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="clientId">The client to update.</param>
    /// <param name="changes">The fields to change, by wire name (client_name, registration_number, contact_email, client_type, country, industry, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated client, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public async ValueTask<SopResult<Client>> UpdateAsync(string actorUserId, string clientId, ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var activity = ProcedureRuntime.StartActivity(Sop);

        var input = new FieldValidator();
        input.ActorUserId(actorUserId);
        input.RequiredId("client_id", clientId);
        var patch = ClientPatch.Parse(input, changes);
        if (input.HasErrors)
        {
            return _runtime.ValidationFailed(Sop, activity, input);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var work = await _runtime.Store.BeginAsync(cancellationToken).ConfigureAwait(false);

                var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
                var decision = _runtime.Policy.Authorize(actor, new AuthorizationRequest(Sop, TargetClientId: clientId));
                if (!decision.IsAllowed)
                {
                    return await _runtime.DenyAsync(work, Sop, activity, decision, actorUserId, AuditAction.Update, EntityType.Client, clientId, cancellationToken).ConfigureAwait(false);
                }

                // Retrieve the current client record.
                var current = await work.Clients.FindByIdAsync(clientId, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    return _runtime.Halted(Sop, activity, HaltCode.NotFound, "No client has this client_id; nothing was changed.",
                        [new FieldError("client_id", "not_found", "client_id does not name an existing client.")]);
                }

                // Check uniqueness for registration_number and contact_email if they are being changed.
                var duplicates = new FieldValidator();
                if (patch.RegistrationNumber is { } registrationNumber
                    && await work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber(registrationNumber), cancellationToken).ConfigureAwait(false) is { } sameRegistration
                    && sameRegistration.ClientId != current.ClientId)
                {
                    duplicates.Add("registration_number", "duplicate", "registration_number is already registered to another client.");
                }

                if (patch.ContactEmail is { } contactEmail
                    && await work.Clients.FindByContactEmailAsync(UniqueKeys.Email(contactEmail), cancellationToken).ConfigureAwait(false) is { } sameEmail
                    && sameEmail.ClientId != current.ClientId)
                {
                    duplicates.Add("contact_email", "duplicate", "contact_email is already used by another client.");
                }

                if (duplicates.HasErrors)
                {
                    return _runtime.Halted(Sop, activity, HaltCode.Duplicate, "Another client already has that registration_number or contact_email; nothing was changed.", duplicates.Errors);
                }

                // Update the requested changes with the current timestamp, and audit, in one commit.
                var now = _runtime.Time.GetUtcNow();
                var updated = patch.ApplyTo(current) with { UpdatedAt = now, Version = current.Version + 1 };
                work.Clients.Update(updated);
                work.AuditTrail.Append(_runtime.SuccessEntry(AuditAction.Update, EntityType.Client, current.ClientId, actorUserId, decision, now,
                    patch.Fields, patch.ValueChanges(current, updated)));

                var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    return _runtime.Succeeded(Sop, activity, updated, EntityType.Client, updated.ClientId, actorUserId, decision);
                }

                if (commit.Status != Ports.CommitStatus.Conflict || attempt >= _runtime.Options.MaxConcurrencyRetries)
                {
                    return _runtime.CommitRefused(Sop, activity, commit);
                }

                _runtime.ConcurrencyRetry(Sop, EntityType.Client, clientId, attempt + 1);
            }
        }
        catch (Exception exception) when (ProcedureRuntime.IsStorageFailure(exception, cancellationToken))
        {
            return await _runtime.StorageFailedAsync(Sop, activity, actorUserId, exception).ConfigureAwait(false);
        }
    }

    /// <summary>A validated client change set.</summary>
    private sealed class ClientPatch
    {
        public string[] Fields { get; private init; } = [];

        public string? ClientName { get; private set; }

        public string? RegistrationNumber { get; private set; }

        public string? ContactEmail { get; private set; }

        public ClientType? ClientType { get; private set; }

        public bool SetsCountry { get; private set; }

        public string? Country { get; private set; }

        public bool SetsIndustry { get; private set; }

        public string? Industry { get; private set; }

        public ClientStatus? Status { get; private set; }

        public static ClientPatch Parse(FieldValidator input, ChangeSet changes)
        {
            if (!ChangeSetFields.CheckShape(input, changes, DomainFields.Client))
            {
                return new ClientPatch();
            }

            var patch = new ClientPatch { Fields = [.. changes.Select(c => c.Key)] };
            foreach (var (field, value) in changes)
            {
                switch (field)
                {
                    case "client_name": patch.ClientName = input.RequiredText(field, value); break;
                    case "registration_number": patch.RegistrationNumber = input.RequiredText(field, value, 64); break;
                    case "contact_email": patch.ContactEmail = input.RequiredEmail(field, value); break;
                    case "client_type": patch.ClientType = input.RequiredEnum(field, value, WireNames.ClientType); break;
                    case "country": patch.SetsCountry = true; patch.Country = input.OptionalText(field, value); break;
                    case "industry": patch.SetsIndustry = true; patch.Industry = input.OptionalText(field, value); break;
                    case "status": patch.Status = input.RequiredEnum(field, value, WireNames.ClientStatus); break;
                }
            }

            return patch;
        }

        public Client ApplyTo(Client current) => current with
        {
            ClientName = ClientName ?? current.ClientName,
            RegistrationNumber = RegistrationNumber ?? current.RegistrationNumber,
            ContactEmail = ContactEmail ?? current.ContactEmail,
            ClientType = ClientType ?? current.ClientType,
            Country = SetsCountry ? Country : current.Country,
            Industry = SetsIndustry ? Industry : current.Industry,
            Status = Status ?? current.Status,
        };

        public List<AuditValueChange> ValueChanges(Client before, Client after)
        {
            var changes = new List<AuditValueChange>(2);
            if (ClientType is not null)
            {
                changes.Add(new("client_type", before.ClientType.ToWireName(), after.ClientType.ToWireName()));
            }

            if (Status is not null)
            {
                changes.Add(new("status", before.Status.ToWireName(), after.Status.ToWireName()));
            }

            return changes;
        }
    }
}
