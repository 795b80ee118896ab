using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The change_requests table.</summary>
internal sealed class PostgreSqlChangeRequestRepository(PostgreSqlUnitOfWork work) : IChangeRequestRepository
{
    private const string Select = """
        SELECT change_id, title, change_type, risk_level, incident_id, requesting_user, approved_by_user, rejection_reason, status,
               scheduled_start_time_ticks, scheduled_end_time_ticks, actual_start_time_ticks, actual_end_time_ticks, created_at_ticks,
               updated_at_ticks, version
        FROM change_requests
        """;

    private const string Insert = """
        INSERT INTO change_requests (change_id, title, change_type, risk_level, incident_id, requesting_user, approved_by_user,
                                     rejection_reason, status, scheduled_start_time_ticks, scheduled_end_time_ticks,
                                     actual_start_time_ticks, actual_end_time_ticks, created_at_ticks, updated_at_ticks, version)
        VALUES (@change_id, @title, @change_type, @risk_level, @incident_id, @requesting_user, @approved_by_user,
                @rejection_reason, @status, @scheduled_start_time_ticks, @scheduled_end_time_ticks,
                @actual_start_time_ticks, @actual_end_time_ticks, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE change_requests
        SET title = @title, change_type = @change_type, risk_level = @risk_level, incident_id = @incident_id,
            requesting_user = @requesting_user, approved_by_user = @approved_by_user, rejection_reason = @rejection_reason,
            status = @status, scheduled_start_time_ticks = @scheduled_start_time_ticks,
            scheduled_end_time_ticks = @scheduled_end_time_ticks, actual_start_time_ticks = @actual_start_time_ticks,
            actual_end_time_ticks = @actual_end_time_ticks, created_at_ticks = @created_at_ticks,
            updated_at_ticks = @updated_at_ticks, version = @version
        WHERE change_id = @change_id AND version = @version - 1
        """;

    public ValueTask<ChangeRequest?> FindByIdAsync(string changeId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE change_id = @key", changeId, Read, cancellationToken);

    public void Add(ChangeRequest record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(ChangeRequest record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, ChangeRequest change, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(change);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@change_id", change.ChangeId);
        p.AddText("@title", change.Title);
        p.AddText("@change_type", change.ChangeType.ToWireName());
        p.AddText("@risk_level", change.RiskLevel.ToWireName());
        p.AddText("@incident_id", change.IncidentId);
        p.AddText("@requesting_user", change.RequestingUser);
        p.AddText("@approved_by_user", change.ApprovedByUser);
        p.AddText("@rejection_reason", change.RejectionReason);
        p.AddText("@status", change.Status.ToWireName());
        p.AddNullableTicks("@scheduled_start_time_ticks", change.ScheduledStartTime);
        p.AddNullableTicks("@scheduled_end_time_ticks", change.ScheduledEndTime);
        p.AddNullableTicks("@actual_start_time_ticks", change.ActualStartTime);
        p.AddNullableTicks("@actual_end_time_ticks", change.ActualEndTime);
        p.AddTicks("@created_at_ticks", change.CreatedAt);
        p.AddTicks("@updated_at_ticks", change.UpdatedAt);
        p.AddBigint("@version", change.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static ChangeRequest Read(NpgsqlDataReader reader) => new()
    {
        ChangeId = reader.GetString(0),
        Title = reader.GetString(1),
        ChangeType = ReadEnum(reader, 2, ApprovalWireNames.ChangeType),
        RiskLevel = ReadEnum(reader, 3, ApprovalWireNames.RiskLevel),
        IncidentId = ReadNullable(reader, 4),
        RequestingUser = reader.GetString(5),
        ApprovedByUser = ReadNullable(reader, 6),
        RejectionReason = ReadNullable(reader, 7),
        Status = ReadEnum(reader, 8, ApprovalWireNames.ChangeStatus),
        ScheduledStartTime = ReadNullableTicks(reader, 9),
        ScheduledEndTime = ReadNullableTicks(reader, 10),
        ActualStartTime = ReadNullableTicks(reader, 11),
        ActualEndTime = ReadNullableTicks(reader, 12),
        CreatedAt = ReadTicks(reader, 13),
        UpdatedAt = ReadTicks(reader, 14),
        Version = reader.GetInt64(15),
    };
}
