using System.Data;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// The pool keeps a returned session only when it can serve another unit of work, and a session hands out its
/// prepared command for a statement with no parameters and the transaction asked for.
/// </summary>
public sealed class SqliteSessionPoolTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _connectionString;

    public SqliteSessionPoolTests() =>
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();

    [Fact]
    public async Task Return_WhenATransactionIsStillOpen_ClosesTheSessionInsteadOfKeepingIt()
    {
        using var pool = new SqliteSessionPool(_connectionString);
        var session = await pool.RentAsync(CancellationToken.None);
        _ = session.Connection.BeginTransaction(deferred: false);

        pool.Return(session);
        var next = await pool.RentAsync(CancellationToken.None);

        Assert.Equal(ConnectionState.Closed, session.Connection.State);
        Assert.NotSame(session, next);
        Assert.NotEqual(0, SQLitePCL.raw.sqlite3_get_autocommit(next.Connection.Handle));
        pool.Return(next);
        Assert.Equal(1, pool.IdleCount);
    }

    [Fact]
    public async Task Return_WhenTheSessionIsBroken_ClosesIt()
    {
        using var pool = new SqliteSessionPool(_connectionString);
        var session = await pool.RentAsync(CancellationToken.None);
        session.MarkBroken();

        pool.Return(session);

        Assert.Equal(ConnectionState.Closed, session.Connection.State);
        Assert.Equal(0, pool.IdleCount);
    }

    [Fact]
    public async Task Return_WhenTheIdleBoundIsReached_ClosesTheExtraSession()
    {
        using var pool = new SqliteSessionPool(_connectionString, maxIdle: 2);
        var sessions = new[]
        {
            await pool.RentAsync(CancellationToken.None),
            await pool.RentAsync(CancellationToken.None),
            await pool.RentAsync(CancellationToken.None),
        };

        foreach (var session in sessions)
        {
            pool.Return(session);
        }

        Assert.Equal(2, pool.IdleCount);
        Assert.Equal(ConnectionState.Closed, sessions[2].Connection.State);
        Assert.Same(sessions[1], await pool.RentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Return_AfterThePoolIsDisposed_ClosesTheSession()
    {
        var pool = new SqliteSessionPool(_connectionString);
        var idle = await pool.RentAsync(CancellationToken.None);
        var rented = await pool.RentAsync(CancellationToken.None);
        pool.Return(idle);

        pool.Dispose();
        pool.Return(rented);

        Assert.Equal(ConnectionState.Closed, idle.Connection.State);
        Assert.Equal(ConnectionState.Closed, rented.Connection.State);
        Assert.Equal(0, pool.IdleCount);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.RentAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Command_WhenAskedForTheSameStatementAgain_ReturnsItWithNoParametersAndTheTransactionAskedFor()
    {
        using var pool = new SqliteSessionPool(_connectionString);
        var session = await pool.RentAsync(CancellationToken.None);
        const string Sql = "SELECT @a + @b";
        var first = session.Command(Sql, transaction: null);
        first.Parameters.AddWithValue("@a", 1);
        first.Parameters.AddWithValue("@b", 2);
        Assert.Equal(3L, first.ExecuteScalar());

        var transaction = session.Connection.BeginTransaction(deferred: false);
        var inTransaction = session.Command(Sql, transaction);
        Assert.Same(first, inTransaction);
        Assert.Empty(inTransaction.Parameters);
        Assert.Same(transaction, inTransaction.Transaction);
        transaction.Rollback();

        var again = session.Command(Sql, transaction: null);
        again.Parameters.AddWithValue("@a", 10);

        Assert.Null(again.Transaction);
        Assert.Single(again.Parameters);
        Assert.Throws<InvalidOperationException>(() => again.ExecuteScalar());
        again.Parameters.AddWithValue("@b", 5);
        Assert.Equal(15L, again.ExecuteScalar());
        Assert.Equal(1, session.CachedCommands);
        pool.Return(session);
    }

    public void Dispose() => _folder.Dispose();
}
