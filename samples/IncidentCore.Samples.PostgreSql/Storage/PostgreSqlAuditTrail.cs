using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Ports;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The audit_entries table, read in commit order (its seq column), a page at a time after a given audit id.</summary>
internal sealed class PostgreSqlAuditTrail(PostgreSqlUnitOfWork work) : IAuditTrail
{
    private const string Insert = """
        INSERT INTO audit_entries (audit_id, action, entity_type, entity_id, actor_user_id, created_at_ticks, outcome, reason, changed_fields, value_changes)
        VALUES (@audit_id, @action, @entity_type, @entity_id, @actor_user_id, @created_at_ticks, @outcome, @reason, @changed_fields, @value_changes)
        """;

    private const string Columns =
        "SELECT audit_id, action, entity_type, entity_id, actor_user_id, created_at_ticks, outcome, reason, changed_fields, value_changes FROM audit_entries";

    private const string SelectFirst = $"{Columns} ORDER BY seq LIMIT @take";

    // An unknown audit id makes the subquery NULL, and "seq > NULL" selects nothing: an empty page.
    private const string SelectAfter = $"{Columns} WHERE seq > (SELECT seq FROM audit_entries WHERE audit_id = @after) ORDER BY seq LIMIT @take";

    public void Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = work.WriteCommand(Insert);
        var p = command.Parameters;
        p.AddText("@audit_id", entry.AuditId);
        p.AddText("@action", entry.Action.ToWireName());
        p.AddText("@entity_type", entry.EntityType.ToWireName());
        p.AddText("@entity_id", entry.EntityId);
        p.AddText("@actor_user_id", entry.ActorUserId);
        p.AddTicks("@created_at_ticks", entry.CreatedAt);
        p.AddText("@outcome", entry.Outcome.ToWireName());
        p.AddText("@reason", entry.Reason);
        p.AddJson("@changed_fields", JsonSerializer.Serialize([.. entry.ChangedFields], AuditDetailsJson.Default.StringArray));
        p.AddJson("@value_changes", JsonSerializer.Serialize([.. entry.ValueChanges], AuditDetailsJson.Default.AuditValueChangeArray));
        work.StageAuditEntry(command);
    }

    public ValueTask<IReadOnlyList<AuditEntry>> ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken = default) =>
        work.ReadManyAsync(afterAuditId is null ? SelectFirst : SelectAfter, take > 0, p =>
        {
            p.AddWithValue("@take", take);
            if (afterAuditId is not null)
            {
                p.AddText("@after", afterAuditId);
            }
        }, Read, cancellationToken);

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken = default)
    {
        var command = await work.ReadCommandAsync("SELECT COUNT(*) FROM audit_entries", cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    private static AuditEntry Read(NpgsqlDataReader reader) => new()
    {
        AuditId = reader.GetString(0),
        Action = ReadEnum(reader, 1, WireNames.AuditAction),
        EntityType = ReadEnum(reader, 2, WireNames.EntityType),
        EntityId = ReadNullable(reader, 3),
        ActorUserId = reader.GetString(4),
        CreatedAt = ReadTicks(reader, 5),
        Outcome = ReadEnum(reader, 6, WireNames.AuditOutcome),
        Reason = reader.GetString(7),
        ChangedFields = JsonSerializer.Deserialize(reader.GetString(8), AuditDetailsJson.Default.StringArray) ?? [],
        ValueChanges = JsonSerializer.Deserialize(reader.GetString(9), AuditDetailsJson.Default.AuditValueChangeArray) ?? [],
    };
}
