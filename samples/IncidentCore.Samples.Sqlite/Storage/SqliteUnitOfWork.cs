using IncidentCore.Ports;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// One unit of work on SQLite: reads run on its connection as they come; writes and audit entries are staged and
/// run in one <c>BEGIN IMMEDIATE</c> transaction at commit. A unique index refusing a row becomes
/// <see cref="CommitResult.Duplicate"/>; an update that finds its row at another version becomes
/// <see cref="CommitResult.Conflict"/>. Either way the transaction is rolled back.
/// </summary>
internal sealed class SqliteUnitOfWork : IUnitOfWork
{
    private readonly SqliteConnection _connection;
    private readonly List<StagedCommand> _staged = [];
    private bool _done;

    public SqliteUnitOfWork(SqliteConnection connection)
    {
        _connection = connection;
        Clients = new SqliteClientRepository(this);
        Users = new SqliteUserRepository(this);
        Vendors = new SqliteVendorRepository(this);
        AuditTrail = new SqliteAuditTrail(this);
    }

    public IClientRepository Clients { get; }

    public IUserRepository Users { get; }

    public IVendorRepository Vendors { get; }

    public IAuditTrail AuditTrail { get; }

    public async ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        _done = true;
        if (_staged.Count == 0)
        {
            return CommitResult.Committed;
        }

        await OpenAsync(cancellationToken).ConfigureAwait(false);
        var transaction = _connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                foreach (var staged in _staged)
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
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return CommitResult.Committed;
            }
            catch (SqliteException exception) when (UniqueViolations.TryGetField(exception, out var field))
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return CommitResult.Duplicate(field);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _done = true;
        foreach (var staged in _staged)
        {
            await staged.Command.DisposeAsync().ConfigureAwait(false);
        }

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
    internal async ValueTask<IReadOnlyList<T>> ReadPageAsync<T>(string sql, int skip, int take, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var command = await ReadCommandAsync(sql, cancellationToken).ConfigureAwait(false);
        await using (command.ConfigureAwait(false))
        {
            if (skip < 0 || take <= 0)
            {
                return [];
            }

            command.Parameters.AddWithValue("@take", take);
            command.Parameters.AddWithValue("@skip", skip);
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

    private async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
