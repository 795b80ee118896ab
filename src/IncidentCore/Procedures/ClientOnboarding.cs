using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Client Onboarding": a system administrator or account manager adds a client. The registration number and
/// contact email must be unique; status defaults to active; the new client's id is returned and the creation audited.
/// </summary>
public sealed class ClientOnboarding
{
    private const Operation Sop = Operation.ClientOnboarding;
    private static readonly CreatedValueChanges<ClientType, ClientStatus> CreatedValues = new("client_type", WireNames.ClientType, WireNames.ClientStatus);
    private readonly ProcedureRuntime _runtime;

    internal ClientOnboarding(ProcedureRuntime runtime) => _runtime = runtime;

    /// <summary>Onboards a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it. Role, status and links are read from the store.</param>
    /// <param name="request">The client's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new client_id, or a halt (validation_failed, unauthorized, duplicate, storage_failure).</returns>
    public async ValueTask<SopResult<string>> OnboardAsync(string actorUserId, ClientOnboardingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = ProcedureRuntime.StartActivity(Sop);

        // Validate: every required input present and every value well formed, all errors in one pass.
        var input = new FieldValidator();
        input.ActorUserId(actorUserId);
        var clientName = input.RequiredText("client_name", request.ClientName);
        var registrationNumber = input.RequiredText("registration_number", request.RegistrationNumber, 64);
        var contactEmail = input.RequiredEmail("contact_email", request.ContactEmail);
        var clientType = input.RequiredEnum("client_type", request.ClientType, WireNames.ClientType);
        var country = input.OptionalText("country", request.Country);
        var industry = input.OptionalText("industry", request.Industry);
        var status = input.OptionalEnum("status", request.Status, WireNames.ClientStatus, ClientStatus.Active);
        if (input.HasErrors)
        {
            return _runtime.ValidationFailed(Sop, activity, input);
        }

        try
        {
            await using var work = await _runtime.Store.BeginAsync(cancellationToken).ConfigureAwait(false);

            // Authorize the actor as the store knows it.
            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
            var decision = _runtime.Policy.Authorize(actor, new AuthorizationRequest(Sop));
            if (!decision.IsAllowed)
            {
                return await _runtime.DenyAsync(work, Sop, activity, decision, actorUserId, AuditAction.Create, EntityType.Client, null, cancellationToken).ConfigureAwait(false);
            }

            // Verify that registration_number and contact_email are unique.
            FieldValidator? duplicates = null;
            if (await work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber(registrationNumber!), cancellationToken).ConfigureAwait(false) is not null)
            {
                (duplicates ??= new()).Add("registration_number", "duplicate", "registration_number is already registered to another client.");
            }

            if (await work.Clients.FindByContactEmailAsync(UniqueKeys.Email(contactEmail!), cancellationToken).ConfigureAwait(false) is not null)
            {
                (duplicates ??= new()).Add("contact_email", "duplicate", "contact_email is already used by another client.");
            }

            if (duplicates is not null)
            {
                return _runtime.Halted(Sop, activity, HaltCode.Duplicate, "A client with the same registration_number or contact_email already exists; nothing was changed.", duplicates.Errors);
            }

            // Create the client record (status active unless specified) and its audit entry, in one commit.
            var now = _runtime.Time.GetUtcNow();
            var client = new Client
            {
                ClientId = _runtime.Ids.NewId(EntityType.Client),
                ClientName = clientName!,
                RegistrationNumber = registrationNumber!,
                ContactEmail = contactEmail!,
                ClientType = clientType!.Value,
                Country = country,
                Industry = industry,
                Status = status!.Value,
                CreatedAt = now,
                UpdatedAt = now,
            };
            work.Clients.Add(client);
            work.AuditTrail.Append(_runtime.SuccessEntry(AuditAction.Create, EntityType.Client, client.ClientId, actorUserId, decision, now,
                CreatedFields(country, industry),
                CreatedValues.For(client.ClientType, client.Status)));

            var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
            if (!commit.IsCommitted)
            {
                return _runtime.CommitRefused(Sop, activity, commit);
            }

            return _runtime.Succeeded(Sop, activity, client.ClientId, EntityType.Client, client.ClientId, actorUserId, decision);
        }
        catch (Exception exception) when (ProcedureRuntime.IsStorageFailure(exception, cancellationToken))
        {
            return await _runtime.StorageFailedAsync(Sop, activity, actorUserId, exception).ConfigureAwait(false);
        }
    }

    private static readonly string[] RequiredFields = ["client_name", "registration_number", "contact_email", "client_type", "status"];
    private static readonly string[] WithCountry = [.. RequiredFields, "country"];
    private static readonly string[] WithIndustry = [.. RequiredFields, "industry"];
    private static readonly string[] WithBoth = [.. RequiredFields, "country", "industry"];

    private static string[] CreatedFields(string? country, string? industry) => (country, industry) switch
    {
        (null, null) => RequiredFields,
        (not null, null) => WithCountry,
        (null, not null) => WithIndustry,
        _ => WithBoth,
    };
}
