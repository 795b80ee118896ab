using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Samples.PostgreSql.Storage;
using Npgsql;
using Xunit;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// A connection that dies while the server runs COMMIT leaves the outcome unknown, and the unit of work says so
/// (<see cref="CommitOutcomeUnknownException"/>) instead of "nothing changed"; one that dies before COMMIT is sent is
/// thrown as it was. In the test schema, a trigger on audit_entries (for entries with a marked reason) terminates its
/// own server process: as a deferred constraint trigger it fires inside COMMIT, as a plain trigger during the insert.
/// </summary>
public sealed class PostgreSqlCommitOutcomeTests : IDisposable
{
    private const string DieAtCommit = "die-at-commit";
    private const string DieBeforeCommit = "die-before-commit";
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private string? _schema;

    [SkippableFact]
    public async Task Commit_WhenTheServerProcessDiesDuringCommit_ThrowsCommitOutcomeUnknown()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        await using var store = await StoreWithTriggersAsync();

        var thrown = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => CommitEntryAsync(store, "a-1", DieAtCommit));

        var inner = Assert.IsType<PostgresException>(thrown.InnerException);
        Assert.Equal(PostgresErrorCodes.AdminShutdown, inner.SqlState);
        Assert.Equal("FATAL", inner.InvariantSeverity);
        Assert.True((await CommitEntryAsync(store, "a-2", "plain")).IsCommitted, "The store was not usable after the lost connection.");
    }

    [SkippableFact]
    public async Task Commit_WhenTheServerProcessDiesBeforeCommit_ThrowsTheFailureAsItIsAndWritesNothing()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        await using var store = await StoreWithTriggersAsync();

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => CommitEntryAsync(store, "b-1", DieBeforeCommit));

        var failure = Assert.IsType<PostgresException>(thrown);
        Assert.Equal(PostgresErrorCodes.AdminShutdown, failure.SqlState);
        await using var work = await store.BeginAsync();
        Assert.Equal(0, await work.AuditTrail.CountAsync());
    }

    public void Dispose()
    {
        if (_schema is not null)
        {
            TestDatabase.DropSchema(_schema);
        }
    }

    private async Task<PostgreSqlIncidentStore> StoreWithTriggersAsync()
    {
        (_schema, var connectionString) = TestDatabase.CreateSchema();
        var store = new PostgreSqlIncidentStore(connectionString);
        await store.EnsureSchemaAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            CREATE FUNCTION terminate_own_backend() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_terminate_backend(pg_backend_pid());
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON audit_entries DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN (NEW.reason = '{DieAtCommit}') EXECUTE FUNCTION terminate_own_backend();
            CREATE TRIGGER die_before_commit AFTER INSERT ON audit_entries
                FOR EACH ROW WHEN (NEW.reason = '{DieBeforeCommit}') EXECUTE FUNCTION terminate_own_backend();
            """, connection);
        await command.ExecuteNonQueryAsync();
        return store;
    }

    private static async Task<CommitResult> CommitEntryAsync(PostgreSqlIncidentStore store, string auditId, string reason)
    {
        await using var work = await store.BeginAsync();
        work.AuditTrail.Append(new AuditEntry
        {
            AuditId = auditId,
            Action = AuditAction.Create,
            EntityType = EntityType.Client,
            EntityId = "client-1",
            ActorUserId = "user-1",
            CreatedAt = PolicyTime,
            Outcome = AuditOutcome.Succeeded,
            Reason = reason,
        });
        return await work.CommitAsync();
    }
}
