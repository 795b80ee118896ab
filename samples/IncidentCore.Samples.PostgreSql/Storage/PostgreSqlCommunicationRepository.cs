using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The communications table (no message text: a communication records who, how and whether it was delivered).</summary>
internal sealed class PostgreSqlCommunicationRepository(PostgreSqlUnitOfWork work) : ICommunicationRepository
{
    private const string Select = """
        SELECT communication_id, incident_id, sender_id, recipient_id, recipient_type, communication_type, delivery_method,
               delivery_status, sent_at_ticks, created_at_ticks, version
        FROM communications
        """;

    private const string Insert = """
        INSERT INTO communications (communication_id, incident_id, sender_id, recipient_id, recipient_type, communication_type,
                                    delivery_method, delivery_status, sent_at_ticks, created_at_ticks, version)
        VALUES (@communication_id, @incident_id, @sender_id, @recipient_id, @recipient_type, @communication_type,
                @delivery_method, @delivery_status, @sent_at_ticks, @created_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE communications
        SET incident_id = @incident_id, sender_id = @sender_id, recipient_id = @recipient_id, recipient_type = @recipient_type,
            communication_type = @communication_type, delivery_method = @delivery_method, delivery_status = @delivery_status,
            sent_at_ticks = @sent_at_ticks, created_at_ticks = @created_at_ticks, version = @version
        WHERE communication_id = @communication_id AND version = @version - 1
        """;

    public ValueTask<Communication?> FindByIdAsync(string communicationId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE communication_id = @key", communicationId, Read, cancellationToken);

    public ValueTask<IReadOnlyList<Communication>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return work.ReadManyAsync($"{Select} WHERE incident_id = @incident_id ORDER BY seq", any: true,
            p => p.AddText("@incident_id", incidentId), Read, cancellationToken);
    }

    public void Add(Communication record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Communication record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Communication communication, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(communication);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@communication_id", communication.CommunicationId);
        p.AddText("@incident_id", communication.IncidentId);
        p.AddText("@sender_id", communication.SenderId);
        p.AddText("@recipient_id", communication.RecipientId);
        p.AddText("@recipient_type", WireNameOrNull(communication.RecipientType, IncidentWireNames.RecipientType));
        p.AddText("@communication_type", communication.CommunicationType.ToWireName());
        p.AddText("@delivery_method", communication.DeliveryMethod.ToWireName());
        p.AddText("@delivery_status", communication.DeliveryStatus.ToWireName());
        p.AddNullableTicks("@sent_at_ticks", communication.SentAt);
        p.AddTicks("@created_at_ticks", communication.CreatedAt);
        p.AddBigint("@version", communication.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Communication Read(NpgsqlDataReader reader) => new()
    {
        CommunicationId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        SenderId = reader.GetString(2),
        RecipientId = ReadNullable(reader, 3),
        RecipientType = ReadNullableEnum(reader, 4, IncidentWireNames.RecipientType),
        CommunicationType = ReadEnum(reader, 5, IncidentWireNames.CommunicationType),
        DeliveryMethod = ReadEnum(reader, 6, IncidentWireNames.DeliveryMethod),
        DeliveryStatus = ReadEnum(reader, 7, IncidentWireNames.DeliveryStatus),
        SentAt = ReadNullableTicks(reader, 8),
        CreatedAt = ReadTicks(reader, 9),
        Version = reader.GetInt64(10),
    };
}
