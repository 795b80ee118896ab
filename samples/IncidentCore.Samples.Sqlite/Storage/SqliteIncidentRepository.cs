using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The incidents table and its history rows (incident_updates), each listed in the order written (their seq column).</summary>
internal sealed class SqliteIncidentRepository(SqliteUnitOfWork work) : IIncidentRepository
{
    private const string Columns = """
        SELECT incident_id, title, category, severity, impact_level, urgency_level, client_id, component_id, reporter_user_id,
               assigned_to_user_id, detection_timestamp, resolution_timestamp, status, created_at, updated_at, version
        FROM incidents
        """;

    // A page by key: the (client_id, seq) index finds the first row after the given incident without reading the
    // ones before it. An id that is not the client's makes the subquery NULL, and "seq > NULL" selects nothing.
    private const string SelectFirstOfClient = $"{Columns} WHERE client_id = @client_id ORDER BY seq LIMIT @take";

    private const string SelectAfterOfClient = $"""
        {Columns}
        WHERE client_id = @client_id
          AND seq > (SELECT seq FROM incidents WHERE incident_id = @after AND client_id = @client_id)
        ORDER BY seq LIMIT @take
        """;

    private const string Insert = """
        INSERT INTO incidents (incident_id, title, category, severity, impact_level, urgency_level, client_id, component_id, reporter_user_id,
                               assigned_to_user_id, detection_timestamp, resolution_timestamp, status, created_at, updated_at, version)
        VALUES (@incident_id, @title, @category, @severity, @impact_level, @urgency_level, @client_id, @component_id, @reporter_user_id,
                @assigned_to_user_id, @detection_timestamp, @resolution_timestamp, @status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE incidents
        SET title = @title, category = @category, severity = @severity, impact_level = @impact_level, urgency_level = @urgency_level,
            client_id = @client_id, component_id = @component_id, reporter_user_id = @reporter_user_id,
            assigned_to_user_id = @assigned_to_user_id, detection_timestamp = @detection_timestamp,
            resolution_timestamp = @resolution_timestamp, status = @status, created_at = @created_at, updated_at = @updated_at,
            version = @version
        WHERE incident_id = @incident_id AND version = @version - 1
        """;

    private const string SelectHistory = """
        SELECT update_id, incident_id, updated_by_user, update_type, field_changed, old_value, new_value, created_at
        FROM incident_updates WHERE incident_id = @incident_id ORDER BY seq
        """;

    private const string InsertHistory = """
        INSERT INTO incident_updates (update_id, incident_id, updated_by_user, update_type, field_changed, old_value, new_value, created_at)
        VALUES (@update_id, @incident_id, @updated_by_user, @update_type, @field_changed, @old_value, @new_value, @created_at)
        """;

    public ValueTask<Incident?> FindByIdAsync(string incidentId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Columns} WHERE incident_id = @key", incidentId, Read, cancellationToken);

    public ValueTask<IReadOnlyList<Incident>> ListByClientAsync(string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return work.ReadManyAsync(afterIncidentId is null ? SelectFirstOfClient : SelectAfterOfClient, take > 0, p =>
        {
            p.AddWithValue("@client_id", clientId);
            p.AddWithValue("@take", take);
            if (afterIncidentId is not null)
            {
                p.AddWithValue("@after", afterIncidentId);
            }
        }, Read, cancellationToken);
    }

    public ValueTask<IReadOnlyList<IncidentHistoryEntry>> ListHistoryAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return work.ReadManyAsync(SelectHistory, any: true, p => p.AddWithValue("@incident_id", incidentId), ReadHistory, cancellationToken);
    }

    public void AppendHistory(IncidentHistoryEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var command = work.WriteCommand(InsertHistory);
        var p = command.Parameters;
        p.AddWithValue("@update_id", row.UpdateId);
        p.AddWithValue("@incident_id", row.IncidentId);
        p.AddWithValue("@updated_by_user", row.UpdatedByUser);
        p.AddWithValue("@update_type", row.UpdateType.ToWireName());
        p.AddWithValue("@field_changed", row.FieldChanged);
        p.AddWithValue("@old_value", OrNull(row.OldValue));
        p.AddWithValue("@new_value", OrNull(row.NewValue));
        p.AddWithValue("@created_at", Timestamp(row.CreatedAt));
        work.Stage(command, mustChangeOneRow: false);
    }

    public void Add(Incident record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Incident record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Incident incident, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@incident_id", incident.IncidentId);
        p.AddWithValue("@title", incident.Title);
        p.AddWithValue("@category", incident.Category);
        p.AddWithValue("@severity", incident.Severity.ToWireName());
        p.AddWithValue("@impact_level", incident.ImpactLevel.ToWireName());
        p.AddWithValue("@urgency_level", incident.UrgencyLevel.ToWireName());
        p.AddWithValue("@client_id", incident.ClientId);
        p.AddWithValue("@component_id", incident.ComponentId);
        p.AddWithValue("@reporter_user_id", incident.ReporterUserId);
        p.AddWithValue("@assigned_to_user_id", OrNull(incident.AssignedToUserId));
        p.AddWithValue("@detection_timestamp", Timestamp(incident.DetectionTimestamp));
        p.AddWithValue("@resolution_timestamp", TimestampOrNull(incident.ResolutionTimestamp));
        p.AddWithValue("@status", incident.Status.ToWireName());
        p.AddWithValue("@created_at", Timestamp(incident.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(incident.UpdatedAt));
        p.AddWithValue("@version", incident.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Incident Read(SqliteDataReader reader) => new()
    {
        IncidentId = reader.GetString(0),
        Title = reader.GetString(1),
        Category = reader.GetString(2),
        Severity = ReadEnum(reader, 3, IncidentWireNames.Severity),
        ImpactLevel = ReadEnum(reader, 4, IncidentWireNames.IncidentLevel),
        UrgencyLevel = ReadEnum(reader, 5, IncidentWireNames.IncidentLevel),
        ClientId = reader.GetString(6),
        ComponentId = reader.GetString(7),
        ReporterUserId = reader.GetString(8),
        AssignedToUserId = ReadNullable(reader, 9),
        DetectionTimestamp = ReadTimestamp(reader, 10),
        ResolutionTimestamp = ReadNullableTimestamp(reader, 11),
        Status = ReadEnum(reader, 12, IncidentWireNames.IncidentStatus),
        CreatedAt = ReadTimestamp(reader, 13),
        UpdatedAt = ReadTimestamp(reader, 14),
        Version = reader.GetInt64(15),
    };

    private static IncidentHistoryEntry ReadHistory(SqliteDataReader reader) => new()
    {
        UpdateId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        UpdatedByUser = reader.GetString(2),
        UpdateType = ReadEnum(reader, 3, IncidentWireNames.IncidentUpdateType),
        FieldChanged = reader.GetString(4),
        OldValue = ReadNullable(reader, 5),
        NewValue = ReadNullable(reader, 6),
        CreatedAt = ReadTimestamp(reader, 7),
    };
}
