using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>
/// Client onboarding written by hand with plain ADO.NET, doing the work IncidentCore's procedure does: validate and
/// compute the unique keys; load the acting user and refuse one who is missing, not active or not a system
/// administrator or account manager (auditing the refusal); check both unique keys; then, in one
/// <c>BEGIN IMMEDIATE</c> transaction, guard the actor (its row still at the version read), insert the client and
/// insert the audit row. A key taken meanwhile is a duplicate, a changed actor a conflict. As a developer writes it:
/// a connection from the provider's pool and a new command for every statement. Writes take turns on an in-process
/// lock, as the SQLite sample's store does, so that concurrent requests do not meet <c>SQLITE_BUSY</c> and
/// Microsoft.Data.Sqlite's 150 ms retry sleep.
/// </summary>
internal sealed class ClientsEndpoint(string connectionString, TimeProvider time)
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string SelectActor = "SELECT role, status, version FROM users WHERE user_id = @user_id";
    private const string RegistrationNumberTaken = "SELECT EXISTS (SELECT 1 FROM clients WHERE registration_number_key = @key)";
    private const string ContactEmailTaken = "SELECT EXISTS (SELECT 1 FROM clients WHERE contact_email_key = @key)";
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public async Task<IResult> OnboardAsync(string? actorUserId, NewClientRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (ClientValidation.Validate(actorUserId, request, errors) is not { } client)
        {
            return Problem(StatusCodes.Status400BadRequest, "validation_failed", errors);
        }

        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var actor = await ReadActorAsync(connection, actorUserId!, cancellationToken).ConfigureAwait(false);
            var denial = actor is null ? "actor_not_found"
                : actor.Status != "active" ? "actor_not_active"
                : actor.Role is "system_administrator" or "account_manager" ? null
                : "role_not_permitted";
            var now = time.GetUtcNow().UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);
            if (denial is not null)
            {
                await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await ClientRows.AuditDeniedAsync(connection, actorUserId!, denial, now, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _writeLock.Release();
                }

                return Problem(StatusCodes.Status403Forbidden, "unauthorized", errors, denial);
            }

            if (await TakenAsync(connection, RegistrationNumberTaken, client.RegistrationNumberKey, cancellationToken).ConfigureAwait(false))
            {
                errors["registration_number"] = ["duplicate"];
            }

            if (await TakenAsync(connection, ContactEmailTaken, client.ContactEmailKey, cancellationToken).ConfigureAwait(false))
            {
                errors["contact_email"] = ["duplicate"];
            }

            if (errors.Count > 0)
            {
                return Problem(StatusCodes.Status409Conflict, "duplicate", errors);
            }

            var clientId = Guid.CreateVersion7().ToString("N");
            ClientRows.Outcome outcome;
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                outcome = await ClientRows.WriteAsync(connection, actorUserId!, actor!.Role, actor.Version, clientId, client, now, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _writeLock.Release();
            }

            return outcome switch
            {
                ClientRows.Outcome.Written => Results.Created($"/clients/{clientId}", new CreatedClient(clientId)),
                ClientRows.Outcome.Duplicate => Problem(StatusCodes.Status409Conflict, "duplicate", errors),
                _ => Problem(StatusCodes.Status409Conflict, "conflict", errors),
            };
        }
    }

    private static async Task<Actor?> ReadActorAsync(SqliteConnection connection, string userId, CancellationToken cancellationToken)
    {
        var command = new SqliteCommand(SelectActor, connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("@user_id", userId);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new Actor(reader.GetString(0), reader.GetString(1), reader.GetInt64(2))
                    : null;
            }
        }
    }

    private static async Task<bool> TakenAsync(SqliteConnection connection, string sql, string key, CancellationToken cancellationToken)
    {
        var command = new SqliteCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("@key", key);
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! != 0;
        }
    }

    private static IResult Problem(int status, string code, Dictionary<string, string[]> errors, string? denialReason = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code, ["errors"] = errors };
        if (denialReason is not null)
        {
            extensions["denial_reason"] = denialReason;
        }

        return Results.Problem(statusCode: status, title: code, type: "urn:incidentcore:halt:" + code, extensions: extensions);
    }

    private sealed record Actor(string Role, string Status, long Version);
}
