using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The change_requests table.</summary>
internal sealed class SqliteChangeRequestRepository(SqliteUnitOfWork work) : IChangeRequestRepository
{
    private const string Select = """
        SELECT change_id, title, change_type, risk_level, incident_id, requesting_user, approved_by_user, rejection_reason, status,
               scheduled_start_time, scheduled_end_time, actual_start_time, actual_end_time, created_at, updated_at, version
        FROM change_requests
        """;

    private const string Insert = """
        INSERT INTO change_requests (change_id, title, change_type, risk_level, incident_id, requesting_user, approved_by_user,
                                     rejection_reason, status, scheduled_start_time, scheduled_end_time, actual_start_time,
                                     actual_end_time, created_at, updated_at, version)
        VALUES (@change_id, @title, @change_type, @risk_level, @incident_id, @requesting_user, @approved_by_user,
                @rejection_reason, @status, @scheduled_start_time, @scheduled_end_time, @actual_start_time,
                @actual_end_time, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE change_requests
        SET title = @title, change_type = @change_type, risk_level = @risk_level, incident_id = @incident_id,
            requesting_user = @requesting_user, approved_by_user = @approved_by_user, rejection_reason = @rejection_reason,
            status = @status, scheduled_start_time = @scheduled_start_time, scheduled_end_time = @scheduled_end_time,
            actual_start_time = @actual_start_time, actual_end_time = @actual_end_time, created_at = @created_at,
            updated_at = @updated_at, version = @version
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
        p.AddWithValue("@change_id", change.ChangeId);
        p.AddWithValue("@title", change.Title);
        p.AddWithValue("@change_type", change.ChangeType.ToWireName());
        p.AddWithValue("@risk_level", change.RiskLevel.ToWireName());
        p.AddWithValue("@incident_id", OrNull(change.IncidentId));
        p.AddWithValue("@requesting_user", change.RequestingUser);
        p.AddWithValue("@approved_by_user", OrNull(change.ApprovedByUser));
        p.AddWithValue("@rejection_reason", OrNull(change.RejectionReason));
        p.AddWithValue("@status", change.Status.ToWireName());
        p.AddWithValue("@scheduled_start_time", TimestampOrNull(change.ScheduledStartTime));
        p.AddWithValue("@scheduled_end_time", TimestampOrNull(change.ScheduledEndTime));
        p.AddWithValue("@actual_start_time", TimestampOrNull(change.ActualStartTime));
        p.AddWithValue("@actual_end_time", TimestampOrNull(change.ActualEndTime));
        p.AddWithValue("@created_at", Timestamp(change.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(change.UpdatedAt));
        p.AddWithValue("@version", change.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static ChangeRequest Read(SqliteDataReader reader) => new()
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
        ScheduledStartTime = ReadNullableTimestamp(reader, 9),
        ScheduledEndTime = ReadNullableTimestamp(reader, 10),
        ActualStartTime = ReadNullableTimestamp(reader, 11),
        ActualEndTime = ReadNullableTimestamp(reader, 12),
        CreatedAt = ReadTimestamp(reader, 13),
        UpdatedAt = ReadTimestamp(reader, 14),
        Version = reader.GetInt64(15),
    };
}
