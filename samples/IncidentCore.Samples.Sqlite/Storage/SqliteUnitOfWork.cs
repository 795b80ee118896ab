using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// One unit of work on SQLite, on a session rented from the store at its start and returned when it is disposed:
/// reads run on the session's connection as they come, each through the session's prepared command for its
/// statement; actor guards, writes and audit entries are staged and run in one <c>BEGIN IMMEDIATE</c> transaction at
/// commit, guards first, while the commit holds the store's write lock. A unique index refusing a row becomes
/// <see cref="CommitResult.Duplicate"/>; an update or guard that finds its row at another version becomes
/// <see cref="CommitResult.Conflict"/>. Either way the transaction is rolled back. A failure of the COMMIT itself
/// becomes <see cref="CommitOutcomeUnknownException"/>. Any exception thrown while a statement runs marks the session
/// broken, so it is closed rather than reused. It holds the registry and the incident domain, so incident records,
/// their history rows and the audit entries of one procedure commit in that one transaction.
/// </summary>
internal sealed partial class SqliteUnitOfWork : IIncidentUnitOfWork
{
    // A no-op update: it must find the user at the version read; run first, so an update of the same user follows it.
    // A read, not a write: the commit runs in a BEGIN IMMEDIATE transaction, so no other connection can change the
    // actor between this count and the commit, and the users page is not written again on every commit.
    private const string ActorGuardSql = "SELECT count(*) FROM users WHERE user_id = @user_id AND version = @version";

    private readonly SqliteSession _session;
    private readonly SqliteSessionPool _pool;
    private readonly SemaphoreSlim _writeLock;
    private readonly List<StagedCommand> _guards = [];
    private readonly List<StagedCommand> _staged = [];
    private bool _done;
    private bool _returned;

    public SqliteUnitOfWork(SqliteSession session, SqliteSessionPool pool, SemaphoreSlim writeLock)
    {
        _session = session;
        _pool = pool;
        _writeLock = writeLock;
        Clients = new SqliteClientRepository(this);
        Users = new SqliteUserRepository(this);
        Vendors = new SqliteVendorRepository(this);
        AuditTrail = new SqliteAuditTrail(this);
        Products = new SqliteProductRepository(this);
        Components = new SqliteComponentRepository(this);
        Incidents = new SqliteIncidentRepository(this);
        Escalations = new SqliteEscalationRepository(this);
        Communications = new SqliteCommunicationRepository(this);
        Reviews = new SqliteReviewRepository(this);
    }

    /// <summary>The session this unit of work holds until it is disposed.</summary>
    internal SqliteSession Session => _session;

    public IClientRepository Clients { get; }

    public IUserRepository Users { get; }

    public IVendorRepository Vendors { get; }

    public IAuditTrail AuditTrail { get; }

    public IProductRepository Products { get; }

    public IComponentRepository Components { get; }

    public IIncidentRepository Incidents { get; }

    public IEscalationRepository Escalations { get; }

    public ICommunicationRepository Communications { get; }

    public IReviewRepository Reviews { get; }

    public async ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        _done = true;
        if (_staged.Count == 0 && _guards.Count == 0)
        {
            return CommitResult.Committed;
        }

        try
        {
            return await RunStagedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _session.MarkBroken();
            throw;
        }
    }

    public void GuardActor(string userId, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var command = WriteCommand(ActorGuardSql);
        command.Parameters.AddWithValue("@user_id", userId);
        command.Parameters.AddWithValue("@version", version);
        command.IsCount = true;
        _guards.Add(command);
    }

    /// <summary>Discards what was staged and returns the session to the store (which closes it if it cannot be reused).</summary>
    public ValueTask DisposeAsync()
    {
        _done = true;
        _guards.Clear();
        _staged.Clear();
        if (!_returned)
        {
            _returned = true;
            _pool.Return(_session);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Reads the row <paramref name="sql"/> selects with <c>@key</c> bound, or <see langword="null"/>.</summary>
    internal async ValueTask<T?> ReadOneAsync<T>(string sql, string key, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        var command = ReadCommand(sql, cancellationToken);
        command.Parameters.AddWithValue("@key", key);
        try
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? read(reader) : null;
            }
        }
        catch
        {
            _session.MarkBroken();
            throw;
        }
    }

    /// <summary>Reads the page of rows <paramref name="sql"/> selects with <c>@skip</c> and <c>@take</c> bound.</summary>
    internal ValueTask<IReadOnlyList<T>> ReadPageAsync<T>(string sql, int skip, int take, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        ReadManyAsync(sql, skip >= 0 && take > 0, p =>
        {
            p.AddWithValue("@take", take);
            p.AddWithValue("@skip", skip);
        }, read, cancellationToken);

    /// <summary>Reads the rows <paramref name="sql"/> selects with the parameters <paramref name="bind"/> adds; none when <paramref name="any"/> is false.</summary>
    internal async ValueTask<IReadOnlyList<T>> ReadManyAsync<T>(
        string sql, bool any, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var command = ReadCommand(sql, cancellationToken);
        if (!any)
        {
            return [];
        }

        bind(command.Parameters);
        try
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var page = new List<T>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(read(reader));
                }

                return page;
            }
        }
        catch
        {
            _session.MarkBroken();
            throw;
        }
    }

    /// <summary>Runs <paramref name="sql"/>, a <c>SELECT COUNT(*)</c>, and returns the count.</summary>
    internal async ValueTask<long> ReadCountAsync(string sql, CancellationToken cancellationToken)
    {
        var command = ReadCommand(sql, cancellationToken);
        try
        {
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch
        {
            _session.MarkBroken();
            throw;
        }
    }

    /// <summary>Creates a write, to be given its values and staged with <see cref="Stage"/>.</summary>
    internal StagedCommand WriteCommand(string sql)
    {
        ThrowIfDone();
        return new StagedCommand(sql);
    }

    /// <summary>Stages a write with its values for the commit.</summary>
    internal void Stage(StagedCommand command, bool mustChangeOneRow)
    {
        ThrowIfDone();
        command.MustChangeOneRow = mustChangeOneRow;
        _staged.Add(command);
    }

    /// <summary>
    /// Runs the COMMIT. Once it is sent, a failure leaves the outcome unknown (the database may have written the
    /// transaction before the failure reached this process), so it is reported as such, never as "nothing changed".
    /// </summary>
    private static async ValueTask CommitOrReportUnknownAsync(SqliteTransaction transaction)
    {
        try
        {
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or InvalidOperationException)
        {
            await TryRollBackAsync(transaction).ConfigureAwait(false);
            throw new CommitOutcomeUnknownException("SQLite failed while committing; the change may or may not have been written.", exception);
        }
    }

    /// <summary>Ends a transaction whose COMMIT failed, so that disposing it cannot throw over the unknown outcome.</summary>
    private static async ValueTask TryRollBackAsync(SqliteTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException)
        {
            // The transaction is already over (the failed COMMIT ended it); there is nothing left to roll back.
        }
    }

    /// <summary>The session's prepared command for a read, outside any transaction, with no parameters.</summary>
    private SqliteCommand ReadCommand(string sql, CancellationToken cancellationToken)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        return _session.Command(sql, transaction: null);
    }

    /// <summary>Waits for the store's write lock, then runs the staged statements in their transaction.</summary>
    private async ValueTask<CommitResult> RunStagedAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunStagedInTransactionAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs the guards, then the writes, in one transaction, and commits it unless one of them is refused.</summary>
    private async ValueTask<CommitResult> RunStagedInTransactionAsync(CancellationToken cancellationToken)
    {
        var transaction = _session.Connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                if (!await RunAllAsync(_guards, transaction, cancellationToken).ConfigureAwait(false)
                    || !await RunAllAsync(_staged, transaction, cancellationToken).ConfigureAwait(false))
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return CommitResult.Conflict;
                }

                // Past this point the commit is not interrupted: it either happens whole or, on error, not at all.
                cancellationToken.ThrowIfCancellationRequested();
                await CommitOrReportUnknownAsync(transaction).ConfigureAwait(false);
                return CommitResult.Committed;
            }
            catch (SqliteException exception) when (UniqueViolations.TryGetField(exception, out var field))
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return CommitResult.Duplicate(field);
            }
        }
    }

    /// <summary>Runs each staged statement through the session's prepared command; false when one must change a row and changed none.</summary>
    private async ValueTask<bool> RunAllAsync(List<StagedCommand> commands, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var staged in commands)
        {
            var command = _session.Command(staged.Sql, transaction);
            staged.Parameters.BindTo(command.Parameters);
            var rows = staged.IsCount
                ? Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture)
                : await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if ((staged.MustChangeOneRow || staged.IsCount) && rows != 1)
            {
                return false;
            }
        }

        return true;
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
