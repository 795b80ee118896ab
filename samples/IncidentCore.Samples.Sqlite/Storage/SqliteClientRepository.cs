using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The clients table.</summary>
internal sealed class SqliteClientRepository(SqliteUnitOfWork work) : IClientRepository
{
    private const string Select =
        "SELECT client_id, client_name, registration_number, contact_email, client_type, industry, country, status, created_at, updated_at, version FROM clients";

    private const string Insert = """
        INSERT INTO clients (client_id, client_name, registration_number, registration_number_key, contact_email, contact_email_key,
                             client_type, industry, country, status, created_at, updated_at, version)
        VALUES (@client_id, @client_name, @registration_number, @registration_number_key, @contact_email, @contact_email_key,
                @client_type, @industry, @country, @status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE clients
        SET client_name = @client_name, registration_number = @registration_number, registration_number_key = @registration_number_key,
            contact_email = @contact_email, contact_email_key = @contact_email_key, client_type = @client_type, industry = @industry,
            country = @country, status = @status, created_at = @created_at, updated_at = @updated_at, version = @version
        WHERE client_id = @client_id AND version = @version - 1
        """;

    public ValueTask<Client?> FindByIdAsync(string clientId, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE client_id = @key", clientId, cancellationToken);

    public ValueTask<Client?> FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE registration_number_key = @key", registrationNumberKey, cancellationToken);

    public ValueTask<Client?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE contact_email_key = @key", contactEmailKey, cancellationToken);

    public ValueTask<IReadOnlyList<Client>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY client_id LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(Client client) => Stage(Insert, client, mustChangeOneRow: false);

    public void Update(Client client) => Stage(UpdateSql, client, mustChangeOneRow: true);

    private void Stage(string sql, Client client, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(client);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@client_id", client.ClientId);
        p.AddWithValue("@client_name", client.ClientName);
        p.AddWithValue("@registration_number", client.RegistrationNumber);
        p.AddWithValue("@registration_number_key", UniqueKeys.RegistrationNumber(client.RegistrationNumber));
        p.AddWithValue("@contact_email", client.ContactEmail);
        p.AddWithValue("@contact_email_key", UniqueKeys.Email(client.ContactEmail));
        p.AddWithValue("@client_type", client.ClientType.ToWireName());
        p.AddWithValue("@industry", OrNull(client.Industry));
        p.AddWithValue("@country", OrNull(client.Country));
        p.AddWithValue("@status", client.Status.ToWireName());
        p.AddWithValue("@created_at", Timestamp(client.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(client.UpdatedAt));
        p.AddWithValue("@version", client.Version);
        work.Stage(command, mustChangeOneRow);
    }

    // The statement is a constant per lookup, so each session prepares it once.
    private ValueTask<Client?> FindAsync(string sql, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync(sql, key, Read, cancellationToken);

    private static Client Read(SqliteDataReader reader) => new()
    {
        ClientId = reader.GetString(0),
        ClientName = reader.GetString(1),
        RegistrationNumber = reader.GetString(2),
        ContactEmail = reader.GetString(3),
        ClientType = ReadEnum(reader, 4, WireNames.ClientType),
        Industry = ReadNullable(reader, 5),
        Country = ReadNullable(reader, 6),
        Status = ReadEnum(reader, 7, WireNames.ClientStatus),
        CreatedAt = ReadTimestamp(reader, 8),
        UpdatedAt = ReadTimestamp(reader, 9),
        Version = reader.GetInt64(10),
    };
}
