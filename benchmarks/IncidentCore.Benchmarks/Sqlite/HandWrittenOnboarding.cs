using System.Globalization;
using IncidentCore.Procedures;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Benchmarks.Sqlite;

/// <summary>
/// The baseline: client onboarding written by hand with ADO.NET on the same schema, doing only the two inserts
/// (client and audit entry) in one transaction and relying on the unique indexes alone. No validation, no actor
/// load, no authorization and no uniqueness reads.
/// </summary>
internal sealed class HandWrittenOnboarding(string connectionString, TimeProvider time)
{
    private const string InsertAudit = """
        INSERT INTO audit_entries (audit_id, action, entity_type, entity_id, actor_user_id, created_at, outcome, reason, changed_fields, value_changes)
        VALUES (@audit_id, 'create', 'client', @entity_id, @actor_user_id, @created_at, 'succeeded', 'client_onboarding.system_administrator', @changed_fields, @value_changes)
        """;

    private const string ChangedFields = """["client_name","registration_number","contact_email","client_type","status","country","industry"]""";

    public async Task<string> OnboardAsync(string actorUserId, ClientOnboardingRequest request)
    {
        var clientId = Guid.CreateVersion7().ToString("N");
        var now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var transaction = connection.BeginTransaction(deferred: false);
            await using (transaction.ConfigureAwait(false))
            {
                var client = new SqliteCommand(ClientInsertSql.InsertClient, connection, transaction);
                await using (client.ConfigureAwait(false))
                {
                    var p = client.Parameters;
                    p.AddWithValue("@client_id", clientId);
                    p.AddWithValue("@client_name", request.ClientName!.Trim());
                    p.AddWithValue("@registration_number", request.RegistrationNumber!.Trim());
                    p.AddWithValue("@registration_number_key", request.RegistrationNumber.Trim().ToUpperInvariant());
                    p.AddWithValue("@contact_email", request.ContactEmail!.Trim());
                    p.AddWithValue("@contact_email_key", request.ContactEmail.Trim().ToLowerInvariant());
                    p.AddWithValue("@client_type", request.ClientType);
                    p.AddWithValue("@industry", (object?)request.Industry ?? DBNull.Value);
                    p.AddWithValue("@country", (object?)request.Country ?? DBNull.Value);
                    p.AddWithValue("@status", request.Status ?? "active");
                    p.AddWithValue("@created_at", now);
                    p.AddWithValue("@updated_at", now);
                    await client.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                var audit = new SqliteCommand(InsertAudit, connection, transaction);
                await using (audit.ConfigureAwait(false))
                {
                    var p = audit.Parameters;
                    p.AddWithValue("@audit_id", Guid.CreateVersion7().ToString("N"));
                    p.AddWithValue("@entity_id", clientId);
                    p.AddWithValue("@actor_user_id", actorUserId);
                    p.AddWithValue("@created_at", now);
                    p.AddWithValue("@changed_fields", ChangedFields);
                    p.AddWithValue("@value_changes",
                        "[{\"field\":\"client_type\",\"old_value\":null,\"new_value\":\"" + request.ClientType
                        + "\"},{\"field\":\"status\",\"old_value\":null,\"new_value\":\"" + (request.Status ?? "active") + "\"}]");
                    await audit.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }

        return clientId;
    }
}
