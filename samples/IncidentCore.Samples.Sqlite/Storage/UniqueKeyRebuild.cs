using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// Recomputes every key column from the stored values with the current key functions, so that a database written
/// with older keys compares values the way the library does now. All or nothing, in one transaction: when two
/// records would share a key, nothing is changed and <see cref="UniqueKeyCollisionException"/> names them.
/// </summary>
internal static class UniqueKeyRebuild
{
    /// <summary>A key column's value while the keys move (ids are unique, so no two temporary keys are equal).</summary>
    private const string TemporaryKeyPrefix = "\u0001rebuilding:";

    /// <summary>Rebuilds the keys.</summary>
    /// <returns>How many key values changed.</returns>
    public static async Task<int> RunAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: no other writer can change a value between reading it and writing its key.
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
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

            if (changes.Count == 0)
            {
                return 0;
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

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return changes.Count;
        }
    }

    private static async Task<List<string?[]>> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, UniqueKeyColumns.Table table, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {string.Join(", ", KeyPlan.Columns(table))} FROM {table.Name} ORDER BY {table.IdColumn}";
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

    private static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, KeyChange change, string key, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = $"UPDATE {change.Table} SET {change.KeyColumn} = @key WHERE {change.IdColumn} = @id";
            command.Parameters.AddWithValue("@key", key);
            command.Parameters.AddWithValue("@id", change.RecordId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
