using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The communications table (no message text: a communication records who, how and whether it was delivered).</summary>
internal sealed class SqliteCommunicationRepository(SqliteUnitOfWork work) : ICommunicationRepository
{
    private const string Select = """
        SELECT communication_id, incident_id, sender_id, recipient_id, recipient_type, communication_type, delivery_method,
               delivery_status, sent_at, created_at, version
        FROM communications
        """;

    private const string Insert = """
        INSERT INTO communications (communication_id, incident_id, sender_id, recipient_id, recipient_type, communication_type,
                                    delivery_method, delivery_status, sent_at, created_at, version)
        VALUES (@communication_id, @incident_id, @sender_id, @recipient_id, @recipient_type, @communication_type,
                @delivery_method, @delivery_status, @sent_at, @created_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE communications
        SET incident_id = @incident_id, sender_id = @sender_id, recipient_id = @recipient_id, recipient_type = @recipient_type,
            communication_type = @communication_type, delivery_method = @delivery_method, delivery_status = @delivery_status,
            sent_at = @sent_at, created_at = @created_at, version = @version
        WHERE communication_id = @communication_id AND version = @version - 1
        """;

    public ValueTask<Communication?> FindByIdAsync(string communicationId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE communication_id = @key", communicationId, Read, cancellationToken);

    public ValueTask<IReadOnlyList<Communication>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return work.ReadManyAsync($"{Select} WHERE incident_id = @incident_id ORDER BY seq", any: true,
            p => p.AddWithValue("@incident_id", incidentId), Read, cancellationToken);
    }

    public void Add(Communication record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Communication record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Communication communication, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(communication);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@communication_id", communication.CommunicationId);
        p.AddWithValue("@incident_id", communication.IncidentId);
        p.AddWithValue("@sender_id", communication.SenderId);
        p.AddWithValue("@recipient_id", OrNull(communication.RecipientId));
        p.AddWithValue("@recipient_type", WireNameOrNull(communication.RecipientType, IncidentWireNames.RecipientType));
        p.AddWithValue("@communication_type", communication.CommunicationType.ToWireName());
        p.AddWithValue("@delivery_method", communication.DeliveryMethod.ToWireName());
        p.AddWithValue("@delivery_status", communication.DeliveryStatus.ToWireName());
        p.AddWithValue("@sent_at", TimestampOrNull(communication.SentAt));
        p.AddWithValue("@created_at", Timestamp(communication.CreatedAt));
        p.AddWithValue("@version", communication.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Communication Read(SqliteDataReader reader) => new()
    {
        CommunicationId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        SenderId = reader.GetString(2),
        RecipientId = ReadNullable(reader, 3),
        RecipientType = ReadNullableEnum(reader, 4, IncidentWireNames.RecipientType),
        CommunicationType = ReadEnum(reader, 5, IncidentWireNames.CommunicationType),
        DeliveryMethod = ReadEnum(reader, 6, IncidentWireNames.DeliveryMethod),
        DeliveryStatus = ReadEnum(reader, 7, IncidentWireNames.DeliveryStatus),
        SentAt = ReadNullableTimestamp(reader, 8),
        CreatedAt = ReadTimestamp(reader, 9),
        Version = reader.GetInt64(10),
    };
}
