using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Ports;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The audit_entries table, read in commit order (its seq column), a page at a time after a given audit id.</summary>
internal sealed class SqliteAuditTrail(SqliteUnitOfWork work) : IAuditTrail
{
    private const string Insert = """
        INSERT INTO audit_entries (audit_id, action, entity_type, entity_id, actor_user_id, created_at, outcome, reason, changed_fields, value_changes)
        VALUES (@audit_id, @action, @entity_type, @entity_id, @actor_user_id, @created_at, @outcome, @reason, @changed_fields, @value_changes)
        """;

    private const string Columns =
        "SELECT audit_id, action, entity_type, entity_id, actor_user_id, created_at, outcome, reason, changed_fields, value_changes FROM audit_entries";

    private const string SelectFirst = $"{Columns} ORDER BY seq LIMIT @take";

    // An unknown audit id makes the subquery NULL, and "seq > NULL" selects nothing: an empty page.
    private const string SelectAfter = $"{Columns} WHERE seq > (SELECT seq FROM audit_entries WHERE audit_id = @after) ORDER BY seq LIMIT @take";

    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = work.WriteCommand(Insert);
        var p = command.Parameters;
        p.AddWithValue("@audit_id", entry.AuditId);
        p.AddWithValue("@action", entry.Action.ToWireName());
        p.AddWithValue("@entity_type", entry.EntityType.ToWireName());
        p.AddWithValue("@entity_id", OrNull(entry.EntityId));
        p.AddWithValue("@actor_user_id", entry.ActorUserId);
        p.AddWithValue("@created_at", Timestamp(entry.CreatedAt));
        p.AddWithValue("@outcome", entry.Outcome.ToWireName());
        p.AddWithValue("@reason", entry.Reason);
        p.AddWithValue("@changed_fields", JsonSerializer.Serialize([.. entry.ChangedFields], AuditDetailsJson.Default.StringArray));
        p.AddWithValue("@value_changes", JsonSerializer.Serialize([.. entry.ValueChanges], AuditDetailsJson.Default.AuditValueChangeArray));
        work.Stage(command, mustChangeOneRow: false);
    }

    public ValueTask<IReadOnlyList<AuditEntry>> ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken = default) =>
        work.ReadManyAsync(afterAuditId is null ? SelectFirst : SelectAfter, take > 0, p =>
        {
            p.AddWithValue("@take", take);
            if (afterAuditId is not null)
            {
                p.AddWithValue("@after", afterAuditId);
            }
        }, Read, cancellationToken);

    public ValueTask<long> CountAsync(CancellationToken cancellationToken = default) =>
        work.ReadCountAsync("SELECT COUNT(*) FROM audit_entries", cancellationToken);

    private static AuditEntry Read(SqliteDataReader reader) => new()
    {
        AuditId = reader.GetString(0),
        Action = ReadEnum(reader, 1, WireNames.AuditAction),
        EntityType = ReadEnum(reader, 2, WireNames.EntityType),
        EntityId = ReadNullable(reader, 3),
        ActorUserId = reader.GetString(4),
        CreatedAt = ReadTimestamp(reader, 5),
        Outcome = ReadEnum(reader, 6, WireNames.AuditOutcome),
        Reason = reader.GetString(7),
        ChangedFields = JsonSerializer.Deserialize(reader.GetString(8), AuditDetailsJson.Default.StringArray) ?? [],
        ValueChanges = JsonSerializer.Deserialize(reader.GetString(9), AuditDetailsJson.Default.AuditValueChangeArray) ?? [],
    };
}
