using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The clients table.</summary>
internal sealed class PostgreSqlClientRepository(PostgreSqlUnitOfWork work) : IClientRepository
{
    private const string Select =
        "SELECT client_id, client_name, registration_number, contact_email, client_type, industry, country, status, created_at_ticks, updated_at_ticks, version FROM clients";

    private const string Insert = """
        INSERT INTO clients (client_id, client_name, registration_number, registration_number_key, contact_email, contact_email_key,
                             client_type, industry, country, status, created_at_ticks, updated_at_ticks, version)
        VALUES (@client_id, @client_name, @registration_number, @registration_number_key, @contact_email, @contact_email_key,
                @client_type, @industry, @country, @status, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE clients
        SET client_name = @client_name, registration_number = @registration_number, registration_number_key = @registration_number_key,
            contact_email = @contact_email, contact_email_key = @contact_email_key, client_type = @client_type, industry = @industry,
            country = @country, status = @status, created_at_ticks = @created_at_ticks, updated_at_ticks = @updated_at_ticks, version = @version
        WHERE client_id = @client_id AND version = @version - 1
        """;

    public ValueTask<Client?> FindByIdAsync(string clientId, CancellationToken cancellationToken = default) =>
        FindAsync("client_id", clientId, cancellationToken);

    public ValueTask<Client?> FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken = default) =>
        FindAsync("registration_number_key", registrationNumberKey, cancellationToken);

    public ValueTask<Client?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        FindAsync("contact_email_key", contactEmailKey, cancellationToken);

    public ValueTask<IReadOnlyList<Client>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY client_id COLLATE \"C\" LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(Client client) => Stage(Insert, client, mustChangeOneRow: false);

    public void Update(Client client) => Stage(UpdateSql, client, mustChangeOneRow: true);

    private void Stage(string sql, Client client, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(client);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@client_id", client.ClientId);
        p.AddText("@client_name", client.ClientName);
        p.AddText("@registration_number", client.RegistrationNumber);
        p.AddText("@registration_number_key", UniqueKeys.RegistrationNumber(client.RegistrationNumber));
        p.AddText("@contact_email", client.ContactEmail);
        p.AddText("@contact_email_key", UniqueKeys.Email(client.ContactEmail));
        p.AddText("@client_type", client.ClientType.ToWireName());
        p.AddText("@industry", client.Industry);
        p.AddText("@country", client.Country);
        p.AddText("@status", client.Status.ToWireName());
        p.AddTicks("@created_at_ticks", client.CreatedAt);
        p.AddTicks("@updated_at_ticks", client.UpdatedAt);
        p.AddBigint("@version", client.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private ValueTask<Client?> FindAsync(string column, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync($"{Select} WHERE {column} = @key", key, Read, cancellationToken);

    private static Client Read(NpgsqlDataReader reader) => new()
    {
        ClientId = reader.GetString(0),
        ClientName = reader.GetString(1),
        RegistrationNumber = reader.GetString(2),
        ContactEmail = reader.GetString(3),
        ClientType = ReadEnum(reader, 4, WireNames.ClientType),
        Industry = ReadNullable(reader, 5),
        Country = ReadNullable(reader, 6),
        Status = ReadEnum(reader, 7, WireNames.ClientStatus),
        CreatedAt = ReadTicks(reader, 8),
        UpdatedAt = ReadTicks(reader, 9),
        Version = reader.GetInt64(10),
    };
}
