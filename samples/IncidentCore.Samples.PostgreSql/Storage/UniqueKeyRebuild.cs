using Npgsql;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// Recomputes every key column from the stored values with the current key functions, so that a database written
/// with older keys compares values the way the library does now. It runs in the transaction that applies the schema
/// (under its advisory lock), so it is all or nothing: when two records would share a key, nothing is changed and
/// <see cref="UniqueKeyCollisionException"/> names them.
/// </summary>
internal static class UniqueKeyRebuild
{
    /// <summary>A key column's value while the keys move (ids are unique, so no two temporary keys are equal).</summary>
    private const string TemporaryKeyPrefix = "\u0001rebuilding:";

    /// <summary>Rebuilds the keys.</summary>
    /// <returns>How many key values changed.</returns>
    public static async Task<int> RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // Processes already running keep writing; this lock makes them wait until the keys are rebuilt, so no value
        // changes between reading it and writing its key.
        var tables = string.Join(", ", UniqueKeyColumns.Tables.Select(t => t.Name));
        await ExecuteAsync(connection, transaction, $"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);

        var changes = new List<KeyChange>();
        var collisions = new List<UniqueKeyCollision>();
        foreach (var table in UniqueKeyColumns.Tables)
        {
            var rows = await ReadAsync(connection, transaction, table, cancellationToken).ConfigureAwait(false);
            KeyPlan.Compare(table, rows, changes, collisions);
        }

        if (collisions.Count > 0)
        {
            throw new UniqueKeyCollisionException(collisions);
        }

        // Two passes, so that a key may move to a value another record's key is leaving.
        foreach (var change in changes)
        {
            await WriteAsync(connection, transaction, change, TemporaryKeyPrefix + change.RecordId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var change in changes)
        {
            await WriteAsync(connection, transaction, change, change.NewKey, cancellationToken).ConfigureAwait(false);
        }

        return changes.Count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<string?[]>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, UniqueKeyColumns.Table table, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"SELECT {string.Join(", ", KeyPlan.Columns(table))} FROM {table.Name} ORDER BY {table.IdColumn}", connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            var rows = new List<string?[]>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var row = new string?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                    }

                    rows.Add(row);
                }
            }

            return rows;
        }
    }

    private static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, KeyChange change, string key, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"UPDATE {change.Table} SET {change.KeyColumn} = @key WHERE {change.IdColumn} = @id", connection, transaction);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddText("@key", key);
            command.Parameters.AddText("@id", change.RecordId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
