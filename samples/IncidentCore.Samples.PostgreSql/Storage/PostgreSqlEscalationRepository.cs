using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// The escalations table. Its partial unique index (ux_escalations_active_level) keeps at most one active escalation
/// per incident and level; a second one is refused at commit as a duplicate of <c>escalation_level</c>.
/// </summary>
internal sealed class PostgreSqlEscalationRepository(PostgreSqlUnitOfWork work) : IEscalationRepository
{
    private const string Select = """
        SELECT escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status, escalated_at_ticks,
               resolved_at_ticks, version
        FROM escalations
        """;

    private const string Insert = """
        INSERT INTO escalations (escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status,
                                 escalated_at_ticks, resolved_at_ticks, version)
        VALUES (@escalation_id, @incident_id, @escalated_by_user, @escalated_to_user, @escalation_level, @reason, @status,
                @escalated_at_ticks, @resolved_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE escalations
        SET incident_id = @incident_id, escalated_by_user = @escalated_by_user, escalated_to_user = @escalated_to_user,
            escalation_level = @escalation_level, reason = @reason, status = @status, escalated_at_ticks = @escalated_at_ticks,
            resolved_at_ticks = @resolved_at_ticks, version = @version
        WHERE escalation_id = @escalation_id AND version = @version - 1
        """;

    public ValueTask<Escalation?> FindByIdAsync(string escalationId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE escalation_id = @key", escalationId, Read, cancellationToken);

    public ValueTask<IReadOnlyList<Escalation>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return work.ReadManyAsync($"{Select} WHERE incident_id = @incident_id ORDER BY seq", any: true,
            p => p.AddText("@incident_id", incidentId), Read, cancellationToken);
    }

    public void Add(Escalation record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(Escalation record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, Escalation escalation, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@escalation_id", escalation.EscalationId);
        p.AddText("@incident_id", escalation.IncidentId);
        p.AddText("@escalated_by_user", escalation.EscalatedByUser);
        p.AddText("@escalated_to_user", escalation.EscalatedToUser);
        p.AddText("@escalation_level", escalation.EscalationLevel.ToWireName());
        p.AddText("@reason", escalation.Reason);
        p.AddText("@status", escalation.Status.ToWireName());
        p.AddTicks("@escalated_at_ticks", escalation.EscalatedAt);
        p.AddNullableTicks("@resolved_at_ticks", escalation.ResolvedAt);
        p.AddBigint("@version", escalation.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static Escalation Read(NpgsqlDataReader reader) => new()
    {
        EscalationId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        EscalatedByUser = reader.GetString(2),
        EscalatedToUser = reader.GetString(3),
        EscalationLevel = ReadEnum(reader, 4, IncidentWireNames.EscalationLevel),
        Reason = ReadNullable(reader, 5),
        Status = ReadEnum(reader, 6, IncidentWireNames.EscalationStatus),
        EscalatedAt = ReadTicks(reader, 7),
        ResolvedAt = ReadNullableTicks(reader, 8),
        Version = reader.GetInt64(9),
    };
}
