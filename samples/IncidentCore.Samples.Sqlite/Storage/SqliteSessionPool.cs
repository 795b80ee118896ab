namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// The store's idle sessions. A unit of work rents one at its start (the most recently returned, or a new one) and
/// returns it when disposed; a returned session that is broken, still in a transaction or left with an unfinished
/// statement is closed instead, and so is any session returned while <see cref="MaxIdle"/> sessions already wait.
/// Nothing limits how many are rented at once: each concurrent unit of work has its own connection.
/// </summary>
internal sealed class SqliteSessionPool : IDisposable
{
    /// <summary>The idle sessions kept by default.</summary>
    public const int DefaultMaxIdle = 16;

    /// <summary>The SQL texts each session keeps prepared commands for by default (the store uses fewer).</summary>
    public const int DefaultCommandCapacity = 128;

    private readonly string _connectionString;
    private readonly Stack<SqliteSession> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public SqliteSessionPool(string connectionString, int maxIdle = DefaultMaxIdle, int commandCapacity = DefaultCommandCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxIdle);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(commandCapacity);
        _connectionString = connectionString;
        MaxIdle = maxIdle;
        CommandCapacity = commandCapacity;
    }

    /// <summary>The most sessions kept open while no unit of work uses them.</summary>
    public int MaxIdle { get; }

    /// <summary>The SQL texts each session keeps prepared commands for.</summary>
    public int CommandCapacity { get; }

    /// <summary>How many sessions wait to be rented.</summary>
    public int IdleCount
    {
        get
        {
            lock (_lock)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>Rents the most recently returned session, or opens a new one.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A session no other unit of work holds.</returns>
    public ValueTask<SqliteSession> RentAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var session))
            {
                return ValueTask.FromResult(session);
            }
        }

        return SqliteSession.OpenAsync(_connectionString, CommandCapacity, cancellationToken);
    }

    /// <summary>Takes a session back for the next unit of work, or closes it when it cannot serve one.</summary>
    /// <param name="session">A session rented from this pool, no longer used by its unit of work.</param>
    public void Return(SqliteSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.IsReusable)
        {
            lock (_lock)
            {
                if (!_disposed && _idle.Count < MaxIdle)
                {
                    _idle.Push(session);
                    return;
                }
            }
        }

        session.Dispose();
    }

    /// <summary>Closes every idle session; a session returned afterwards is closed as it comes back.</summary>
    public void Dispose()
    {
        SqliteSession[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var session in idle)
        {
            session.Dispose();
        }
    }
}
