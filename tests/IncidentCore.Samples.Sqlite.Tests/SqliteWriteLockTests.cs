using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// Commits through one store take turns on its write lock before they start their transaction, so two commits of
/// one process never meet each other's lock inside SQLite. A commit waiting for the lock can be cancelled, and then
/// writes nothing.
/// </summary>
public sealed class SqliteWriteLockTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Commit_WhileTheWriteLockIsHeld_WaitsForItThenCommits()
    {
        using var store = Store();
        await store.WriteLock.WaitAsync();
        await using var work = await store.BeginAsync();
        work.Clients.Add(StoreRecords.Client(1));

        var commit = work.CommitAsync().AsTask();
        var waited = !commit.IsCompleted;
        store.WriteLock.Release();

        Assert.True(waited, "The commit ran while another held the write lock.");
        Assert.True((await commit).IsCommitted);
        await using var read = await store.BeginAsync();
        Assert.NotNull(await read.Clients.FindByIdAsync("client-1"));
    }

    [Fact]
    public async Task Commit_CancelledWhileWaitingForTheWriteLock_ThrowsAndWritesNothing()
    {
        using var store = Store();
        using var cancellation = new CancellationTokenSource();
        await store.WriteLock.WaitAsync();
        try
        {
            await using var work = await store.BeginAsync();
            work.Clients.Add(StoreRecords.Client(1));
            var commit = work.CommitAsync(cancellation.Token).AsTask();
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => commit);
        }
        finally
        {
            store.WriteLock.Release();
        }

        await using var next = await store.BeginAsync();
        Assert.Null(await next.Clients.FindByIdAsync("client-1"));
        next.Clients.Add(StoreRecords.Client(1));
        Assert.True((await next.CommitAsync()).IsCommitted);
    }

    public void Dispose() => _folder.Dispose();

    private SqliteIncidentStore Store() =>
        new(new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString());
}
