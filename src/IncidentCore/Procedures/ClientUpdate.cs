using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Client Information Update": a system administrator, or the account manager assigned to the client, changes
/// a client's details or status. Uniqueness is re-checked for a changed registration_number or contact_email;
/// updated_at is set; the update is audited.
/// </summary>
public sealed class ClientUpdate
{
    private readonly Steps _steps;

    internal ClientUpdate(ProcedureRuntime runtime) => _steps = new Steps(runtime);

    /// <summary>Updates a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="clientId">The client to update.</param>
    /// <param name="changes">The fields to change, by wire name (client_name, registration_number, contact_email, client_type, country, industry, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated client, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Client>> UpdateAsync(string actorUserId, string clientId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _steps.RunAsync(actorUserId, clientId, changes, cancellationToken);

    /// <summary>What is particular to updating a client.</summary>
    private sealed class Steps(ProcedureRuntime runtime) : RecordUpdate<Client, ClientPatch>(runtime, Operation.ClientUpdate, EntityType.Client, "client_id")
    {
        protected override ClientPatch Parse(FieldValidator input, ChangeSet changes) => ClientPatch.Parse(input, changes);

        // An account manager may update only the client it is assigned to: decided before the client is read.
        protected override AuthorizationRequest AuthorizationRequestFor(string recordId) => new(Operation, TargetClientId: recordId);

        protected override ValueTask<Client?> FindAsync(IUnitOfWork work, string recordId, CancellationToken cancellationToken) =>
            work.Clients.FindByIdAsync(recordId, cancellationToken);

        // Check uniqueness for registration_number and contact_email if they are being changed (keeping one's own is fine).
        protected override async ValueTask<Halt?> CheckAsync(IUnitOfWork work, ClientPatch patch, Client current, Activity? activity, CancellationToken cancellationToken)
        {
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

            return duplicates.HasErrors
                ? Runtime.Halted(Operation, activity, HaltCode.Duplicate, "Another client already has that registration_number or contact_email; nothing was changed.", duplicates.Errors)
                : null;
        }

        protected override Client Apply(ClientPatch patch, Client current, DateTimeOffset now) =>
            patch.ApplyTo(current) with { UpdatedAt = now, Version = current.Version + 1 };

        protected override void Stage(IUnitOfWork work, Client updated) => work.Clients.Update(updated);

        protected override IReadOnlyList<AuditValueChange> ValueChanges(ClientPatch patch, Client before, Client after) => patch.ValueChanges(before, after);
    }

    /// <summary>A validated client change set.</summary>
    private sealed class ClientPatch : RecordPatch
    {
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
