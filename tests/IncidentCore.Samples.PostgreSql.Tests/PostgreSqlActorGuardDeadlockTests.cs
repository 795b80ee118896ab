using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Samples.PostgreSql.Storage;
using Npgsql;
using Xunit;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// An actor guard locks the actor's row until commit, so two commits can each hold a row the other needs: one guards
/// A and updates B while another holds B and then locks A. The server ends one of them with a deadlock (40P01); when
/// it is the unit of work, the commit is a conflict that wrote nothing, not an exception.
/// </summary>
public sealed class PostgreSqlActorGuardDeadlockTests : IDisposable
{
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private string? _schema;

    [SkippableFact]
    public async Task Commit_WhenTheGuardDeadlocksWithAnotherTransaction_ReportsConflictAndWritesNothing()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        (_schema, var connectionString) = TestDatabase.CreateSchema();
        await using var store = new PostgreSqlIncidentStore(connectionString);
        var actor = User("a", "actor@example.com");
        var target = User("b", "target@example.com");
        await using (var seed = await store.BeginAsync())
        {
            seed.Users.Add(actor);
            seed.Users.Add(target);
            Assert.True((await seed.CommitAsync()).IsCommitted);
        }

        // The other transaction holds the target's row, and waits long before it looks for deadlocks itself, so the
        // unit of work (which waits first) is the one the server ends.
        await using var other = new NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await ExecuteAsync(other, "SET LOCAL deadlock_timeout = '60s'; UPDATE users SET version = version WHERE user_id = 'b'");

        await using var work = await store.BeginAsync();
        work.GuardActor(actor.UserId, actor.Version);
        work.Users.Update(target with { Department = "Finance", Version = 2 });
        work.AuditTrail.Append(Entry());
        var commit = work.CommitAsync().AsTask();

        await WaitUntilBlockedByAsync(other, commit);
        var otherLocksActor = ExecuteAsync(other, "UPDATE users SET version = version WHERE user_id = 'a'");
        var result = await commit.WaitAsync(Patience);
        await otherLocksActor.WaitAsync(Patience);
        await otherTransaction.RollbackAsync();

        Assert.Equal(CommitResult.Conflict, result);
        await using var read = await store.BeginAsync();
        Assert.Equal(target, await read.Users.FindByIdAsync(target.UserId));
        Assert.Equal(0, await read.AuditTrail.CountAsync());
    }

    public void Dispose()
    {
        if (_schema is not null)
        {
            TestDatabase.DropSchema(_schema);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until some server process is blocked by the other connection's lock (the unit of work's commit).</summary>
    private static async Task WaitUntilBlockedByAsync(NpgsqlConnection other, Task commit)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            Assert.False(commit.IsCompleted, "The commit ended without waiting for the other transaction's lock.");
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))", other);
            if ((long)(await command.ExecuteScalarAsync(patience.Token))! > 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }
    }

    private static User User(string id, string email) => new()
    {
        UserId = id,
        Name = "Dana Whitfield",
        Email = email,
        Role = UserRole.SystemAdministrator,
        CreatedAt = PolicyTime,
        UpdatedAt = PolicyTime,
    };

    private static AuditEntry Entry() => new()
    {
        AuditId = "deadlock-1",
        Action = AuditAction.Update,
        EntityType = EntityType.User,
        EntityId = "b",
        ActorUserId = "a",
        CreatedAt = PolicyTime,
        Outcome = AuditOutcome.Succeeded,
        Reason = "system_administrator_may_update_users",
    };
}
