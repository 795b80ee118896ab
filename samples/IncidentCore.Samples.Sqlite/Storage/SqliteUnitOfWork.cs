using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// One unit of work on SQLite: reads run on its connection as they come; actor guards, writes and audit entries are
/// staged and run in one <c>BEGIN IMMEDIATE</c> transaction at commit, guards first. A unique index refusing a row
/// becomes <see cref="CommitResult.Duplicate"/>; an update or guard that finds its row at another version becomes
/// <see cref="CommitResult.Conflict"/>. Either way the transaction is rolled back. A failure of the COMMIT itself
/// becomes <see cref="CommitOutcomeUnknownException"/>. It holds the registry and the incident domain, so incident
/// records, their history rows and the audit entries of one procedure commit in that one transaction.
/// </summary>
internal sealed partial class SqliteUnitOfWork : IIncidentUnitOfWork
{
    // A no-op update: it must find the user at the version read; run first, so an update of the same user follows it.
    private const string ActorGuardSql = "UPDATE users SET version = version WHERE user_id = @user_id AND version = @version";

    private readonly SqliteConnection _connection;
    private readonly List<StagedCommand> _guards = [];
    private readonly List<StagedCommand> _staged = [];
    private bool _done;

    public SqliteUnitOfWork(SqliteConnection connection)
    {
        _connection = connection;
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

        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var transaction = _connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                foreach (var staged in _guards.Concat(_staged))
                {
                    staged.Command.Connection = _connection;
                    staged.Command.Transaction = transaction;
                    var rows = await staged.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    if (staged.MustChangeOneRow && rows != 1)
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        return CommitResult.Conflict;
                    }
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

    public void GuardActor(string userId, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var command = WriteCommand(ActorGuardSql);
        command.Parameters.AddWithValue("@user_id", userId);
        command.Parameters.AddWithValue("@version", version);
        _guards.Add(new StagedCommand(command, MustChangeOneRow: true));
    }

    public async ValueTask DisposeAsync()
    {
        _done = true;
        foreach (var staged in _guards.Concat(_staged))
        {
            await staged.Command.DisposeAsync().ConfigureAwait(false);
        }

        _guards.Clear();
        _staged.Clear();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Reads the row <paramref name="sql"/> selects with <c>@key</c> bound, or <see langword="null"/>.</summary>
    internal async ValueTask<T?> ReadOneAsync<T>(string sql, string key, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        var command = await ReadCommandAsync(sql, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("@key", key);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? read(reader) : null;
            }
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
        var command = await ReadCommandAsync(sql, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            if (!any)
            {
                return [];
            }

            bind(command.Parameters);
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
    }

    /// <summary>Creates a read command on this unit of work's connection.</summary>
    internal async ValueTask<SqliteCommand> ReadCommandAsync(string sql, CancellationToken cancellationToken)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    /// <summary>Creates a write command to be filled in and staged with <see cref="Stage"/>.</summary>
    internal SqliteCommand WriteCommand(string sql)
    {
        ThrowIfDone();
        return new SqliteCommand(sql);
    }

    /// <summary>Stages a filled-in write command for the commit.</summary>
    internal void Stage(SqliteCommand command, bool mustChangeOneRow)
    {
        ThrowIfDone();
        _staged.Add(new StagedCommand(command, mustChangeOneRow));
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

    private async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
