using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using Npgsql;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// One unit of work on PostgreSQL: reads run on its connection as they come (read committed); actor guards, writes
/// and audit entries are staged and sent as one batch in one transaction at commit, guards first. A unique index
/// refusing a row (SQLSTATE 23505) becomes <see cref="CommitResult.Duplicate"/>; an update or guard that finds its
/// row at another version, or a deadlock between row locks (40P01), becomes <see cref="CommitResult.Conflict"/>.
/// Either way the transaction is rolled back. A failure of the COMMIT itself that leaves its outcome open (the
/// connection lost, the server process ended) becomes <see cref="CommitOutcomeUnknownException"/>. It holds the
/// registry and the incident domain, so incident records, their history rows and the audit entries of one procedure
/// commit in that one transaction.
/// </summary>
internal sealed partial class PostgreSqlUnitOfWork : IIncidentUnitOfWork
{
    /// <summary>The advisory lock that orders audit appends by commit (the text "ICaudit" as a number).</summary>
    private const long AuditOrderLock = 0x0049_4361_7564_6974;

    // A no-op update that must find the user at the version read. Unlike a plain SELECT under read committed, it
    // locks the row until the transaction ends, so no update of the user can commit between this check and the commit;
    // it runs first, so an update of the same user in this unit of work follows it at the same version.
    private const string ActorGuardSql = "UPDATE users SET version = version WHERE user_id = @user_id AND version = @version";

    private readonly NpgsqlDataSource _dataSource;
    private readonly List<StagedCommand> _guards = [];
    private readonly List<StagedCommand> _writes = [];
    private readonly List<NpgsqlBatchCommand> _auditEntries = [];
    private NpgsqlConnection? _connection;
    private bool _done;

    public PostgreSqlUnitOfWork(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        Clients = new PostgreSqlClientRepository(this);
        Users = new PostgreSqlUserRepository(this);
        Vendors = new PostgreSqlVendorRepository(this);
        AuditTrail = new PostgreSqlAuditTrail(this);
        Products = new PostgreSqlProductRepository(this);
        Components = new PostgreSqlComponentRepository(this);
        Incidents = new PostgreSqlIncidentRepository(this);
        Escalations = new PostgreSqlEscalationRepository(this);
        Communications = new PostgreSqlCommunicationRepository(this);
        Reviews = new PostgreSqlReviewRepository(this);
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
        if (_guards.Count == 0 && _writes.Count == 0 && _auditEntries.Count == 0)
        {
            return CommitResult.Committed;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var batch = new NpgsqlBatch(connection, transaction);
            await using (batch.ConfigureAwait(false))
            {
                foreach (var write in _guards.Concat(_writes))
                {
                    batch.BatchCommands.Add(write.Command);
                }

                if (_auditEntries.Count > 0)
                {
                    // Held until the transaction ends: entries get their seq in the order their transactions commit.
                    batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({AuditOrderLock})"));
                    foreach (var entry in _auditEntries)
                    {
                        batch.BatchCommands.Add(entry);
                    }
                }

                try
                {
                    await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var write in _guards.Concat(_writes))
                    {
                        if (write.MustChangeOneRow && write.Command.RecordsAffected != 1)
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
                catch (PostgresException exception) when (UniqueViolations.TryGetField(exception, out var field))
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return CommitResult.Duplicate(field);
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DeadlockDetected)
                {
                    // Two commits each held a row the other needed (an actor guarded by one, updated by the other): the
                    // server ended this one, so it wrote nothing and lost the race.
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    return CommitResult.Conflict;
                }
            }
        }
    }

    public void GuardActor(string userId, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var command = WriteCommand(ActorGuardSql);
        command.Parameters.AddText("@user_id", userId);
        command.Parameters.AddBigint("@version", version);
        _guards.Add(new StagedCommand(command, MustChangeOneRow: true));
    }

    public async ValueTask DisposeAsync()
    {
        _done = true;
        _guards.Clear();
        _writes.Clear();
        _auditEntries.Clear();
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    /// <summary>Reads the row <paramref name="sql"/> selects with <c>@key</c> bound, or <see langword="null"/>.</summary>
    internal async ValueTask<T?> ReadOneAsync<T>(string sql, string key, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
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
    internal ValueTask<IReadOnlyList<T>> ReadPageAsync<T>(string sql, int skip, int take, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) =>
        ReadManyAsync(sql, skip >= 0 && take > 0, p =>
        {
            p.AddWithValue("@take", take);
            p.AddWithValue("@skip", skip);
        }, read, cancellationToken);

    /// <summary>Reads the rows <paramref name="sql"/> selects with the parameters <paramref name="bind"/> adds; none when <paramref name="any"/> is false.</summary>
    internal async ValueTask<IReadOnlyList<T>> ReadManyAsync<T>(
        string sql, bool any, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
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
    internal async ValueTask<NpgsqlCommand> ReadCommandAsync(string sql, CancellationToken cancellationToken)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return new NpgsqlCommand(sql, connection);
    }

    /// <summary>Creates a write command to be filled in and staged.</summary>
    internal NpgsqlBatchCommand WriteCommand(string sql)
    {
        ThrowIfDone();
        return new NpgsqlBatchCommand(sql);
    }

    /// <summary>Stages a filled-in record write for the commit.</summary>
    internal void Stage(NpgsqlBatchCommand command, bool mustChangeOneRow)
    {
        ThrowIfDone();
        _writes.Add(new StagedCommand(command, mustChangeOneRow));
    }

    /// <summary>Stages a filled-in audit insert for the commit; it runs after the record writes.</summary>
    internal void StageAuditEntry(NpgsqlBatchCommand command)
    {
        ThrowIfDone();
        _auditEntries.Add(command);
    }

    /// <summary>
    /// Runs the COMMIT. An error the server reports while the connection lives means it rolled back (the outcome is
    /// known, and the error is thrown as it is); any other failure once COMMIT is sent (the connection lost, the server
    /// process ended) leaves the outcome unknown, and is reported as such, never as "nothing changed".
    /// </summary>
    private static async ValueTask CommitOrReportUnknownAsync(NpgsqlTransaction transaction)
    {
        try
        {
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsOutcomeUnknown(exception))
        {
            throw new CommitOutcomeUnknownException("PostgreSQL failed while committing; the change may or may not have been written.", exception);
        }
    }

    private static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.InvariantSeverity is not "ERROR",
        NpgsqlException or IOException or TimeoutException or ObjectDisposedException or InvalidOperationException => true,
        _ => false,
    };

    private async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        _connection ??= await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
