using IncidentCore.Ports;
using Npgsql;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// IncidentCore storage on PostgreSQL: each unit of work holds one pooled connection, and its commit is one
/// transaction sent in one round trip. Many processes may share one database; the unique indexes decide every race.
/// The schema (Schema.sql) is created on first use in the first schema of the connection's search path.
/// </summary>
public sealed class PostgreSqlIncidentStore : IUnitOfWorkFactory, IAsyncDisposable, IDisposable
{
    /// <summary>The advisory lock taken while the schema is created (the text "ICschema" as a number).</summary>
    private const long SchemaLock = 0x4943_7363_6865_6D61;

    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>Creates the store with a pool of its own.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=127.0.0.1;Port=5432;Username=app;Database=incidents</c>.</param>
    public PostgreSqlIncidentStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return new PostgreSqlUnitOfWork(_dataSource);
    }

    /// <summary>
    /// Creates the tables and indexes unless they exist, and rebuilds every unique key from the stored values (see
    /// <see cref="UniqueKeyCollisionException"/> for when it cannot).
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

            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // CREATE ... IF NOT EXISTS is not safe against itself running concurrently; the lock makes it so.
                    var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLock});\n{SchemaScript.Text}", connection, transaction);
                    await using (command.ConfigureAwait(false))
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await UniqueKeyRebuild.RunAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>Closes the store's connection pool.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the store's connection pool.</summary>
    public void Dispose() => _dataSource.Dispose();
}
