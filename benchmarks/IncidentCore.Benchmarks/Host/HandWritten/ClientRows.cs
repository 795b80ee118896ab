using IncidentCore.Benchmarks.Sqlite;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>The hand-written endpoint's writes: the onboarding transaction, and the audit row of a refusal.</summary>
internal static class ClientRows
{
    // A read, as in the SQLite sample's store: inside BEGIN IMMEDIATE no other connection can change the actor until
    // the commit, so finding its row at the version read is the guard.
    private const string GuardActor = "SELECT count(*) FROM users WHERE user_id = @user_id AND version = @version";

    private const string InsertAudit = """
        INSERT INTO audit_entries (audit_id, action, entity_type, entity_id, actor_user_id, created_at, outcome, reason, changed_fields, value_changes)
        VALUES (@audit_id, 'create', 'client', @entity_id, @actor_user_id, @created_at, @outcome, @reason, @changed_fields, @value_changes)
        """;

    public enum Outcome
    {
        Written,
        Duplicate,
        Conflict,
    }

    /// <summary>Guards the actor, inserts the client and its audit row, and commits; or rolls back on a lost race.</summary>
    public static async Task<Outcome> WriteAsync(
        SqliteConnection connection, string actorUserId, string role, long actorVersion, string clientId, ValidClient client, string now, CancellationToken cancellationToken)
    {
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                var guard = new SqliteCommand(GuardActor, connection, transaction);
                await using (guard.ConfigureAwait(false))
                {
                    guard.Parameters.AddWithValue("@user_id", actorUserId);
                    guard.Parameters.AddWithValue("@version", actorVersion);
                    if ((long)(await guard.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! != 1)
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        return Outcome.Conflict;
                    }
                }

                var insert = new SqliteCommand(ClientInsertSql.InsertClient, connection, transaction);
                await using (insert.ConfigureAwait(false))
                {
                    var p = insert.Parameters;
                    p.AddWithValue("@client_id", clientId);
                    p.AddWithValue("@client_name", client.ClientName);
                    p.AddWithValue("@registration_number", client.RegistrationNumber);
                    p.AddWithValue("@registration_number_key", client.RegistrationNumberKey);
                    p.AddWithValue("@contact_email", client.ContactEmail);
                    p.AddWithValue("@contact_email_key", client.ContactEmailKey);
                    p.AddWithValue("@client_type", client.ClientType);
                    p.AddWithValue("@industry", (object?)client.Industry ?? DBNull.Value);
                    p.AddWithValue("@country", (object?)client.Country ?? DBNull.Value);
                    p.AddWithValue("@status", client.Status);
                    p.AddWithValue("@created_at", now);
                    p.AddWithValue("@updated_at", now);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var valueChanges = "[{\"field\":\"client_type\",\"old_value\":null,\"new_value\":\"" + client.ClientType
                    + "\"},{\"field\":\"status\",\"old_value\":null,\"new_value\":\"" + client.Status + "\"}]";
                await InsertAuditAsync(connection, transaction, clientId, actorUserId, now, "succeeded", "client_onboarding." + role, client.ChangedFieldsJson, valueChanges, cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return Outcome.Written;
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT && exception.SqliteExtendedErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return Outcome.Duplicate;
            }
        }
    }

    /// <summary>Writes the audit row of a refused onboarding.</summary>
    public static Task AuditDeniedAsync(SqliteConnection connection, string actorUserId, string reason, string now, CancellationToken cancellationToken) =>
        InsertAuditAsync(connection, null, null, actorUserId, now, "denied", reason, "[]", "[]", cancellationToken);

    private static async Task InsertAuditAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string? entityId, string actorUserId, string now, string outcome, string reason,
        string changedFields, string valueChanges, CancellationToken cancellationToken)
    {
        var audit = new SqliteCommand(InsertAudit, connection, transaction);
        await using (audit.ConfigureAwait(false))
        {
            var p = audit.Parameters;
            p.AddWithValue("@audit_id", Guid.CreateVersion7().ToString("N"));
            p.AddWithValue("@entity_id", (object?)entityId ?? DBNull.Value);
            p.AddWithValue("@actor_user_id", actorUserId);
            p.AddWithValue("@created_at", now);
            p.AddWithValue("@outcome", outcome);
            p.AddWithValue("@reason", reason);
            p.AddWithValue("@changed_fields", changedFields);
            p.AddWithValue("@value_changes", valueChanges);
            await audit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
