using IncidentCore.Domain.Approvals;
using IncidentCore.Ports.Approvals;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// The rollback_requests table. Its partial unique index (ux_rollback_requests_open_change) keeps at most one open
/// rollback (requested, approved, in_progress) per change; a second one is refused at commit as a duplicate of
/// <c>change_id</c>, and the same index finds a change's open rollback.
/// </summary>
internal sealed class PostgreSqlRollbackRequestRepository(PostgreSqlUnitOfWork work) : IRollbackRequestRepository
{
    private const string Select = """
        SELECT rollback_id, change_id, incident_id, requesting_user, approved_by_user, rejection_reason, status, completed_at_ticks,
               created_at_ticks, version
        FROM rollback_requests
        """;

    // The index's own WHERE clause, repeated, so the planner can prove the partial index answers this query.
    internal const string SelectOpenByChange = $"""
        {Select}
        WHERE change_id = @key AND status IN ('requested', 'approved', 'in_progress')
        """;

    private const string Insert = """
        INSERT INTO rollback_requests (rollback_id, change_id, incident_id, requesting_user, approved_by_user, rejection_reason,
                                       status, completed_at_ticks, created_at_ticks, version)
        VALUES (@rollback_id, @change_id, @incident_id, @requesting_user, @approved_by_user, @rejection_reason,
                @status, @completed_at_ticks, @created_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE rollback_requests
        SET change_id = @change_id, incident_id = @incident_id, requesting_user = @requesting_user,
            approved_by_user = @approved_by_user, rejection_reason = @rejection_reason, status = @status,
            completed_at_ticks = @completed_at_ticks, created_at_ticks = @created_at_ticks, version = @version
        WHERE rollback_id = @rollback_id AND version = @version - 1
        """;

    public ValueTask<RollbackRequest?> FindByIdAsync(string rollbackId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE rollback_id = @key", rollbackId, Read, cancellationToken);

    public ValueTask<RollbackRequest?> FindOpenByChangeAsync(string changeId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync(SelectOpenByChange, changeId, Read, cancellationToken);

    public void Add(RollbackRequest record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(RollbackRequest record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, RollbackRequest rollback, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(rollback);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@rollback_id", rollback.RollbackId);
        p.AddText("@change_id", rollback.ChangeId);
        p.AddText("@incident_id", rollback.IncidentId);
        p.AddText("@requesting_user", rollback.RequestingUser);
        p.AddText("@approved_by_user", rollback.ApprovedByUser);
        p.AddText("@rejection_reason", rollback.RejectionReason);
        p.AddText("@status", rollback.Status.ToWireName());
        p.AddNullableTicks("@completed_at_ticks", rollback.CompletedAt);
        p.AddTicks("@created_at_ticks", rollback.CreatedAt);
        p.AddBigint("@version", rollback.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static RollbackRequest Read(NpgsqlDataReader reader) => new()
    {
        RollbackId = reader.GetString(0),
        ChangeId = reader.GetString(1),
        IncidentId = ReadNullable(reader, 2),
        RequestingUser = reader.GetString(3),
        ApprovedByUser = ReadNullable(reader, 4),
        RejectionReason = ReadNullable(reader, 5),
        Status = ReadEnum(reader, 6, ApprovalWireNames.RollbackStatus),
        CompletedAt = ReadNullableTicks(reader, 7),
        CreatedAt = ReadTicks(reader, 8),
        Version = reader.GetInt64(9),
    };
}
