using System.Data;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// A unit of work rents an open connection with its prepared commands (a session) and returns it when disposed.
/// Nothing of one unit of work may reach the next through it: no open transaction, no staged write, no bound value,
/// no stale read snapshot; a session whose call failed is closed, not reused; units of work open at once each have
/// their own connection. The stores here keep at most one idle session (unless a test says otherwise), so two units
/// of work in a row share one.
/// </summary>
public sealed class SqliteSessionReuseTests : IDisposable
{
    private const string RefusedReason = "refused-mid-commit";
    private readonly TemporaryFolder _folder = new();
    private readonly string _connectionString;

    public SqliteSessionReuseTests() =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();

    [Fact]
    public async Task Dispose_WithoutCommit_LeavesTheNextUnitOfWorkNoTransactionAndNothingStaged()
    {
        using var store = Store();
        SqliteSession first;
        await using (var work = await store.BeginAsync())
        {
            first = SessionOf(work);
            Assert.Null(await work.Clients.FindByIdAsync("client-1"));
            work.Clients.Add(StoreRecords.Client(1));
            work.AuditTrail.Append(StoreRecords.Created("audit-1", "client-1"));
        }

        await using var next = await store.BeginAsync();

        Assert.Same(first, SessionOf(next));
        Assert.True(NoTransactionOpen(first));
        Assert.True(await WriteLockIsFreeAsync());
        Assert.Null(await next.Clients.FindByIdAsync("client-1"));
        Assert.Equal(0, await next.AuditTrail.CountAsync());
        next.Clients.Add(StoreRecords.Client(2));
        Assert.True((await next.CommitAsync()).IsCommitted);
        Assert.Equal(["client-2"], await ClientIdsAsync());
    }

    [Fact]
    public async Task Commit_WhenAStatementFailsMidway_RollsBackClosesTheSessionAndTheNextCommitSucceeds()
    {
        using var store = await StoreRefusingAnAuditReasonAsync();
        SqliteSession failed;
        await using (var work = await store.BeginAsync())
        {
            failed = SessionOf(work);
            work.Clients.Add(StoreRecords.Client(1));
            work.AuditTrail.Append(StoreRecords.Created("audit-1", "client-1", RefusedReason));
            await Assert.ThrowsAsync<SqliteException>(() => work.CommitAsync().AsTask());
        }

        Assert.Equal(ConnectionState.Closed, failed.Connection.State);
        Assert.Equal(0, store.Sessions.IdleCount);
        Assert.True(await WriteLockIsFreeAsync());
        await using var next = await store.BeginAsync();
        Assert.NotSame(failed, SessionOf(next));
        Assert.Null(await next.Clients.FindByIdAsync("client-1"));
        next.Clients.Add(StoreRecords.Client(1));
        next.AuditTrail.Append(StoreRecords.Created("audit-1", "client-1"));
        Assert.True((await next.CommitAsync()).IsCommitted);
        Assert.Equal(["client-1"], await ClientIdsAsync());
    }

    [Fact]
    public async Task Commit_WhenRefusedAsDuplicate_KeepsTheSessionAndTheNextCommitOnItSucceeds()
    {
        using var store = Store();
        await CommitAsync(store, work => work.Clients.Add(StoreRecords.Client(1)));
        SqliteSession session;
        await using (var work = await store.BeginAsync())
        {
            session = SessionOf(work);
            work.Clients.Add(StoreRecords.Client(2) with { RegistrationNumber = " reg-1 " });
            work.AuditTrail.Append(StoreRecords.Created("audit-2", "client-2"));
            Assert.Equal(CommitStatus.Duplicate, (await work.CommitAsync()).Status);
        }

        await using var next = await store.BeginAsync();

        Assert.Same(session, SessionOf(next));
        Assert.True(NoTransactionOpen(session));
        next.Clients.Add(StoreRecords.Client(2));
        Assert.True((await next.CommitAsync()).IsCommitted);
        Assert.Equal(["client-1", "client-2"], await ClientIdsAsync());
        Assert.Equal(0, await CountAsync("audit_entries"));
    }

    [Fact]
    public async Task Commit_WhenTheActorGuardConflicts_KeepsTheSessionAndTheNextCommitOnItSucceeds()
    {
        using var store = Store();
        await CommitAsync(store, work => work.Users.Add(StoreRecords.Administrator(1)));
        SqliteSession session;
        await using (var work = await store.BeginAsync())
        {
            session = SessionOf(work);
            work.GuardActor("admin-1", version: 7);
            work.Clients.Add(StoreRecords.Client(1));
            Assert.Equal(CommitStatus.Conflict, (await work.CommitAsync()).Status);
        }

        await using var next = await store.BeginAsync();

        Assert.Same(session, SessionOf(next));
        Assert.True(NoTransactionOpen(session));
        next.GuardActor("admin-1", version: 1);
        next.Clients.Add(StoreRecords.Client(1));
        Assert.True((await next.CommitAsync()).IsCommitted);
        Assert.Equal(["client-1"], await ClientIdsAsync());
    }

    [Fact]
    public async Task Reads_OnAReusedSession_SeeWhatAnotherConnectionCommittedMeanwhile()
    {
        using var store = Store();
        await CommitAsync(store, work => work.Users.Add(StoreRecords.Administrator(1)));
        SqliteSession session;
        await using (var work = await store.BeginAsync())
        {
            session = SessionOf(work);
            Assert.Single(await work.Users.ListAsync(0, 10));
            Assert.Null(await work.Users.FindByIdAsync("admin-2"));
        }

        using (var other = new SqliteIncidentStore(_connectionString))
        {
            await CommitAsync(other, work => work.Users.Add(StoreRecords.Administrator(2)));
        }

        await using var next = await store.BeginAsync();

        Assert.Same(session, SessionOf(next));
        Assert.Equal(StoreRecords.Administrator(2), await next.Users.FindByIdAsync("admin-2"));
        Assert.Equal(2, (await next.Users.ListAsync(0, 10)).Count);
    }

    [Fact]
    public async Task Reads_OnAReusedSession_BindOnlyTheirOwnValues()
    {
        using var store = Store();
        await CommitAsync(store, work => work.Clients.Add(StoreRecords.Client(1)));
        await using (var work = await store.BeginAsync())
        {
            Assert.Equal("client-1", (await work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("REG-1")))?.ClientId);
            Assert.Single(await work.Clients.ListAsync(0, 10));
        }

        await using var next = await store.BeginAsync();

        Assert.Null(await next.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("REG-2")));
        Assert.Empty(await next.Clients.ListAsync(1, 10));
        Assert.Empty(await next.Clients.ListAsync(0, 0));
    }

    [Fact]
    public async Task Writes_OnAReusedSession_StoreOnlyTheirOwnValues()
    {
        using var store = Store();
        await CommitAsync(store, work => work.Clients.Add(StoreRecords.Client(1, industry: "Retail")));
        await CommitAsync(store, work =>
        {
            work.Clients.Add(StoreRecords.Client(2, industry: null));
            work.Clients.Add(StoreRecords.Client(3, industry: "Logistics"));
        });

        await using var work = await store.BeginAsync();

        Assert.Equal(StoreRecords.Client(1, "Retail"), await work.Clients.FindByIdAsync("client-1"));
        Assert.Equal(StoreRecords.Client(2, null), await work.Clients.FindByIdAsync("client-2"));
        Assert.Equal(StoreRecords.Client(3, "Logistics"), await work.Clients.FindByIdAsync("client-3"));
    }

    [Fact]
    public async Task UnitsOfWork_OpenAtOnce_EachHaveTheirOwnConnectionAndOnlyTheBoundStaysIdle()
    {
        using var store = Store(maxIdle: 2);
        var works = new List<IUnitOfWork>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                works.Add(await store.BeginAsync());
            }

            var sessions = works.Select(SessionOf).ToList();
            Assert.Equal(4, sessions.Distinct().Count());
            Assert.Equal(4, sessions.Select(s => s.Connection).Distinct().Count());
            for (var i = 0; i < works.Count; i++)
            {
                Assert.Null(await works[i].Clients.FindByIdAsync($"client-{i}"));
                works[i].Clients.Add(StoreRecords.Client(i));
            }

            foreach (var work in works)
            {
                Assert.True((await work.CommitAsync()).IsCommitted);
            }
        }
        finally
        {
            foreach (var work in works)
            {
                await work.DisposeAsync();
            }
        }

        Assert.Equal(2, store.Sessions.IdleCount);
        Assert.Equal(["client-0", "client-1", "client-2", "client-3"], await ClientIdsAsync());
    }

    [Fact]
    public async Task Onboarding_FromConcurrentCallers_SucceedsForEveryClient()
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().UseSqliteStore(_connectionString);
        await using var provider = services.BuildServiceProvider();
        await CommitAsync(provider.GetRequiredService<IUnitOfWorkFactory>(), work => work.Users.Add(StoreRecords.Administrator(1)));
        var onboarding = provider.GetRequiredService<ClientOnboarding>();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () => await onboarding.OnboardAsync("admin-1", new ClientOnboardingRequest
        {
            ClientName = $"Concurrent {i}",
            RegistrationNumber = $"REG-C{i}",
            ContactEmail = $"ops{i}@concurrent.example",
            ClientType = "startup",
        }))));

        Assert.All(results, result => Assert.True(result.Succeeded, result.ToString()));
        Assert.Equal(16, await CountAsync("clients"));
        Assert.Equal(16, await CountAsync("audit_entries"));
    }

    [Fact]
    public async Task Session_WhenMoreStatementsRunThanItsCapacity_KeepsTheBoundAndAnswersEveryRead()
    {
        using var store = Store(commandCapacity: 2);
        await CommitAsync(store, work =>
        {
            work.Clients.Add(StoreRecords.Client(1));
            work.Users.Add(StoreRecords.Administrator(1));
        });
        await using var work = await store.BeginAsync();

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("client-1", (await work.Clients.FindByIdAsync("client-1"))?.ClientId);
            Assert.Equal("admin-1", (await work.Users.FindByIdAsync("admin-1"))?.UserId);
            Assert.Equal(0, await work.AuditTrail.CountAsync());
            Assert.Equal(2, SessionOf(work).CachedCommands);
        }
    }

    [Fact]
    public async Task Dispose_AfterTheStoreWasDisposed_ClosesTheSession()
    {
        var store = Store();
        var work = await store.BeginAsync();
        var session = SessionOf(work);
        Assert.Null(await work.Clients.FindByIdAsync("client-1"));

        store.Dispose();
        await work.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, session.Connection.State);
        Assert.Equal(0, store.Sessions.IdleCount);
    }

    public void Dispose() => _folder.Dispose();

    private static SqliteSession SessionOf(IUnitOfWork work) => ((SqliteUnitOfWork)work).Session;

    private static bool NoTransactionOpen(SqliteSession session) => SQLitePCL.raw.sqlite3_get_autocommit(session.Connection.Handle) != 0;

    private static async Task CommitAsync(IUnitOfWorkFactory store, Action<IUnitOfWork> stage)
    {
        await using var work = await store.BeginAsync();
        stage(work);
        var result = await work.CommitAsync();
        Assert.True(result.IsCommitted, $"The set-up commit was refused: {result.Status} {result.DuplicateField}.");
    }

    private SqliteIncidentStore Store(int maxIdle = 1, int commandCapacity = SqliteSessionPool.DefaultCommandCapacity) =>
        new(_connectionString, maxIdle, commandCapacity);

    private async Task<SqliteIncidentStore> StoreRefusingAnAuditReasonAsync()
    {
        var store = Store();
        await store.EnsureSchemaAsync();
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries WHEN NEW.reason = '{RefusedReason}'
            BEGIN SELECT RAISE(ABORT, 'refused mid-commit'); END;
            """;
        await command.ExecuteNonQueryAsync();
        return store;
    }

    /// <summary>Whether another connection can start a write transaction at once (within a second).</summary>
    private async Task<bool> WriteLockIsFreeAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { DefaultTimeout = 1 }.ToString());
        await connection.OpenAsync();
        try
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            await transaction.RollbackAsync();
            return true;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SQLitePCL.raw.SQLITE_BUSY)
        {
            return false;
        }
    }

    private async Task<List<string>> ClientIdsAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT client_id FROM clients ORDER BY client_id";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
