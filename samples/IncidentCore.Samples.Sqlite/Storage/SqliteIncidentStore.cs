using IncidentCore.Ports;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// IncidentCore storage on a SQLite database: each unit of work rents an open connection with its prepared commands
/// (a <see cref="SqliteSession"/>) from the store's pool and returns it when disposed, and its commit is one
/// transaction. Commits through one store take turns on an in-process lock before <c>BEGIN IMMEDIATE</c>, so
/// concurrent commits of one process wait for each other without meeting <c>SQLITE_BUSY</c> (which
/// Microsoft.Data.Sqlite answers by sleeping 150 ms and retrying); another process on the same file still meets it,
/// and its retry. The schema (Schema.sql) is created on first use. Connections enforce foreign keys (SQLite leaves
/// them off unless asked), so an incident's escalations, communications, reviews and history rows name an incident
/// that exists.
/// </summary>
public sealed class SqliteIncidentStore : IUnitOfWorkFactory, IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteSessionPool _sessions;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Creates the store.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string, for example <c>Data Source=incidents.db</c>.</param>
    public SqliteIncidentStore(string connectionString)
        : this(connectionString, SqliteSessionPool.DefaultMaxIdle, SqliteSessionPool.DefaultCommandCapacity)
    {
    }

    /// <summary>Creates the store with its own bounds on idle sessions and on the prepared commands of each.</summary>
    internal SqliteIncidentStore(string connectionString, int maxIdleSessions, int commandCapacity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true }.ToString();
        _sessions = new SqliteSessionPool(_connectionString, maxIdleSessions, commandCapacity);
    }

    /// <summary>The sessions waiting for a unit of work.</summary>
    internal SqliteSessionPool Sessions => _sessions;

    /// <summary>The lock the commits of this store take turns on.</summary>
    internal SemaphoreSlim WriteLock => _writeLock;

    /// <inheritdoc />
    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        return new SqliteUnitOfWork(session, _sessions, _writeLock);
    }

    /// <summary>
    /// Creates the tables and indexes unless they exist, switches the database to write-ahead logging, and rebuilds
    /// every unique key from the stored values (see <see cref="UniqueKeyCollisionException"/> for when it cannot).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            var connection = new SqliteConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

                // Readers do not block the writer, and the writer does not block readers.
                var journal = connection.CreateCommand();
                await using (journal.ConfigureAwait(false))
                {
                    journal.CommandText = "PRAGMA journal_mode = WAL;";
                    await journal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                }

                var schema = connection.CreateCommand();
                await using (schema.ConfigureAwait(false))
                {
                    schema.CommandText = SchemaScript.Text;
                    await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await UniqueKeyRebuild.RunAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>
    /// Closes the idle sessions and the pooled connections to the database, so its file can be moved or deleted; a
    /// unit of work still open closes its session when it is disposed.
    /// </summary>
    public void Dispose()
    {
        _sessions.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
