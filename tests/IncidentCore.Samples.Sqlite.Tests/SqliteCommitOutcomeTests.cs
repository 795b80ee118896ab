using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// A failure of the COMMIT itself is reported as an unknown outcome, never as "nothing changed"; a failure of a
/// staged statement, before COMMIT is sent, is thrown as it was. The test database gets a trigger on audit_entries
/// (for entries with a marked reason) that either breaks a deferred foreign key, which SQLite checks only at COMMIT,
/// or aborts the insert at once.
/// </summary>
public sealed class SqliteCommitOutcomeTests : IDisposable
{
    private const string FailAtCommit = "fail-at-commit";
    private const string FailBeforeCommit = "fail-before-commit";
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Commit_WhenCommitItselfFails_ThrowsCommitOutcomeUnknownWrappingTheFailure()
    {
        using var store = await StoreWithTriggersAsync();

        var thrown = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => CommitEntryAsync(store, "a-1", FailAtCommit));

        var inner = Assert.IsType<SqliteException>(thrown.InnerException);
        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, inner.SqliteErrorCode);
        Assert.True((await CommitEntryAsync(store, "a-2", "plain")).IsCommitted, "The store was not usable after the failed commit.");
    }

    [Fact]
    public async Task Commit_WhenAStatementFailsBeforeCommit_ThrowsTheFailureAsItIsAndWritesNothing()
    {
        using var store = await StoreWithTriggersAsync();

        var thrown = await Assert.ThrowsAsync<SqliteException>(() => CommitEntryAsync(store, "b-1", FailBeforeCommit));

        Assert.Contains("refused before commit", thrown.Message, StringComparison.Ordinal);
        await using var work = await store.BeginAsync();
        Assert.Equal(0, await work.AuditTrail.CountAsync());
    }

    public void Dispose() => _folder.Dispose();

    private async Task<SqliteIncidentStore> StoreWithTriggersAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath(), ForeignKeys = true }.ToString();
        var store = new SqliteIncidentStore(connectionString);
        await store.EnsureSchemaAsync();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE commit_breaker_parent (id INTEGER PRIMARY KEY);
            CREATE TABLE commit_breaker (parent_id INTEGER REFERENCES commit_breaker_parent (id) DEFERRABLE INITIALLY DEFERRED);
            CREATE TRIGGER break_commit AFTER INSERT ON audit_entries WHEN NEW.reason = '{FailAtCommit}'
            BEGIN INSERT INTO commit_breaker (parent_id) VALUES (1); END;
            CREATE TRIGGER refuse_insert BEFORE INSERT ON audit_entries WHEN NEW.reason = '{FailBeforeCommit}'
            BEGIN SELECT RAISE(ABORT, 'refused before commit'); END;
            """;
        await command.ExecuteNonQueryAsync();
        return store;
    }

    private static async Task<CommitResult> CommitEntryAsync(SqliteIncidentStore store, string auditId, string reason)
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
