using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ClientFields;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Client Onboarding": a system administrator or account manager adds a client. The registration number and
/// contact email must be unique; status defaults to active; the new client's id is returned and the creation audited.
/// </summary>
public sealed class ClientOnboarding
{
    /// <summary>
    /// Inputs: required client_name, registration_number (unique), contact_email (unique), client_type; optional
    /// status (default active), country, industry. Who may run it: <see cref="PolicyTable"/> rows for client_onboarding.
    /// Steps: validate → authorize → registration_number and contact_email unique → create → audit, in one commit.
    /// </summary>
    internal static readonly CreateSop<ClientOnboardingRequest, Client> Sop = new()
    {
        Operation = Operation.ClientOnboarding,
        EntityType = EntityType.Client,
        IdField = "client_id",
        Inputs =
        [
            new SopInput<ClientOnboardingRequest, Client>(Field.ClientName, r => r.ClientName).Required(),
            new SopInput<ClientOnboardingRequest, Client>(Field.RegistrationNumber, r => r.RegistrationNumber).Required(),
            new SopInput<ClientOnboardingRequest, Client>(Field.ContactEmail, r => r.ContactEmail).Required(),
            new SopInput<ClientOnboardingRequest, Client>(Field.ClientType, r => r.ClientType).Required(),
            new SopInput<ClientOnboardingRequest, Client>(Field.Status, r => r.Status).Default(ClientStatus.Active, WireNames.ClientStatus),
            new SopInput<ClientOnboardingRequest, Client>(Field.Country, r => r.Country),
            new SopInput<ClientOnboardingRequest, Client>(Field.Industry, r => r.Industry),
        ],
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Client
        {
            ClientId = id,
            ClientName = v.Text(Field.ClientName),
            RegistrationNumber = v.Text(Field.RegistrationNumber),
            ContactEmail = v.Text(Field.ContactEmail),
            ClientType = (ClientType)v.Number(Field.ClientType),
            Status = (ClientStatus)v.Number(Field.Status),
            Country = v.OptionalText(Field.Country),
            Industry = v.OptionalText(Field.Industry),
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, client) => work.Clients.Add(client),
    };

    private readonly SopPipeline _pipeline;

    internal ClientOnboarding(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Onboards a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it. Role, status and links are read from the store.</param>
    /// <param name="request">The client's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new client_id, or a halt (validation_failed, unauthorized, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> OnboardAsync(string actorUserId, ClientOnboardingRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
