using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ClientFields;

namespace IncidentCore.Procedures;

/// <summary>
/// SOP "Client Information Update": a system administrator, or the account manager assigned to the client, changes
/// a client's details or status. Uniqueness is re-checked for a changed registration_number or contact_email;
/// updated_at is set; the update is audited.
/// </summary>
public sealed class ClientUpdate
{
    /// <summary>
    /// Change set: client_name, registration_number (unique), contact_email (unique), client_type, status, country,
    /// industry. Who may run it: <see cref="PolicyTable"/> rows for client_update — an account manager only for the
    /// client it is assigned to, decided before the client is read. Steps: validate → authorize → retrieve the client
    /// (not_found) → uniqueness of changed keys → update with the current timestamp → audit, in one commit.
    /// </summary>
    internal static readonly UpdateSop<Client> Sop = new()
    {
        Operation = Operation.ClientUpdate,
        EntityType = EntityType.Client,
        IdField = "client_id",
        Inputs =
        [
            new SopInput<ChangeSet, Client>(Field.ClientName),
            new SopInput<ChangeSet, Client>(Field.RegistrationNumber),
            new SopInput<ChangeSet, Client>(Field.ContactEmail),
            new SopInput<ChangeSet, Client>(Field.ClientType),
            new SopInput<ChangeSet, Client>(Field.Status),
            new SopInput<ChangeSet, Client>(Field.Country),
            new SopInput<ChangeSet, Client>(Field.Industry),
        ],
        Request = static (operation, clientId) => new(operation, TargetClientId: clientId),
        Find = Field.FindById,
        IdOf = static c => c.ClientId,
        Apply = static (in SopValues v, Client c, DateTimeOffset now) => c with
        {
            ClientName = v.TextOr(Field.ClientName, c.ClientName),
            RegistrationNumber = v.TextOr(Field.RegistrationNumber, c.RegistrationNumber),
            ContactEmail = v.TextOr(Field.ContactEmail, c.ContactEmail),
            ClientType = (ClientType)v.NumberOr(Field.ClientType, (int)c.ClientType),
            Status = (ClientStatus)v.NumberOr(Field.Status, (int)c.Status),
            Country = v.OptionalTextOr(Field.Country, c.Country),
            Industry = v.OptionalTextOr(Field.Industry, c.Industry),
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, client) => work.Clients.Update(client),
    };

    private readonly SopPipeline _pipeline;

    internal ClientUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates a client.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="clientId">The client to update.</param>
    /// <param name="changes">The fields to change, by wire name (client_name, registration_number, contact_email, client_type, country, industry, status).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated client, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Client>> UpdateAsync(string actorUserId, string clientId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, clientId, changes, cancellationToken);
}
