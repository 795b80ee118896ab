using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// The escalations table. Its partial unique index (ux_escalations_active_level) keeps at most one active escalation
/// per incident and level; a second one is refused at commit as a duplicate of <c>escalation_level</c>.
/// </summary>
internal sealed class SqliteEscalationRepository(SqliteUnitOfWork work) : IEscalationRepository
{
    private const string Select = """
        SELECT escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status, escalated_at,
               resolved_at, version
        FROM escalations
        """;

    private const string Insert = """
        INSERT INTO escalations (escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status,
                                 escalated_at, resolved_at, version)
        VALUES (@escalation_id, @incident_id, @escalated_by_user, @escalated_to_user, @escalation_level, @reason, @status,
                @escalated_at, @resolved_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE escalations
        SET incident_id = @incident_id, escalated_by_user = @escalated_by_user, escalated_to_user = @escalated_to_user,
            escalation_level = @escalation_level, reason = @reason, status = @status, escalated_at = @escalated_at,
            resolved_at = @resolved_at, version = @version
        WHERE escalation_id = @escalation_id AND version = @version - 1
        """;

    public ValueTask<Escalation?> FindByIdAsync(string escalationId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE escalation_id = @key", escalationId, Read, cancellationToken);

    public ValueTask<IReadOnlyList<Escalation>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return work.ReadManyAsync($"{Select} WHERE incident_id = @incident_id ORDER BY seq", any: true,
            p => p.AddWithValue("@incident_id", incidentId), Read, cancellationToken);
    }

    public void Add(Escalation record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Escalation record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Escalation escalation, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@escalation_id", escalation.EscalationId);
        p.AddWithValue("@incident_id", escalation.IncidentId);
        p.AddWithValue("@escalated_by_user", escalation.EscalatedByUser);
        p.AddWithValue("@escalated_to_user", escalation.EscalatedToUser);
        p.AddWithValue("@escalation_level", escalation.EscalationLevel.ToWireName());
        p.AddWithValue("@reason", OrNull(escalation.Reason));
        p.AddWithValue("@status", escalation.Status.ToWireName());
        p.AddWithValue("@escalated_at", Timestamp(escalation.EscalatedAt));
        p.AddWithValue("@resolved_at", TimestampOrNull(escalation.ResolvedAt));
        p.AddWithValue("@version", escalation.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Escalation Read(SqliteDataReader reader) => new()
    {
        EscalationId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        EscalatedByUser = reader.GetString(2),
        EscalatedToUser = reader.GetString(3),
        EscalationLevel = ReadEnum(reader, 4, IncidentWireNames.EscalationLevel),
        Reason = ReadNullable(reader, 5),
        Status = ReadEnum(reader, 6, IncidentWireNames.EscalationStatus),
        EscalatedAt = ReadTimestamp(reader, 7),
        ResolvedAt = ReadNullableTimestamp(reader, 8),
        Version = reader.GetInt64(9),
    };
}
