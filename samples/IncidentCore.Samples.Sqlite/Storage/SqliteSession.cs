using System.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// An open connection and the commands prepared on it, one per SQL text, so a statement is compiled once per
/// connection and reused by every unit of work that rents the session. The cache holds at most
/// <see cref="CommandCapacity"/> texts; past that the oldest is disposed. A command is handed out with its parameters
/// cleared and its transaction set, so nothing of one call is left for the next.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private bool _disposed;

    private SqliteSession(SqliteConnection connection, int commandCapacity)
    {
        Connection = connection;
        CommandCapacity = commandCapacity;
    }

    /// <summary>The session's open connection.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The most SQL texts the session keeps prepared commands for.</summary>
    public int CommandCapacity { get; }

    /// <summary>How many prepared commands the session holds.</summary>
    public int CachedCommands => _commands.Count;

    /// <summary>Whether a call on the session failed, so it must be closed rather than reused.</summary>
    public bool IsBroken { get; private set; }

    /// <summary>
    /// Whether the session can serve another unit of work: not broken, still open, and no transaction left open on
    /// the connection. (Readers are always disposed, which resets their statements, so none holds a read snapshot.)
    /// </summary>
    public bool IsReusable =>
        !_disposed && !IsBroken && Connection.State == ConnectionState.Open && raw.sqlite3_get_autocommit(Connection.Handle) != 0;

    /// <summary>Opens a connection for a new session.</summary>
    /// <param name="connectionString">The store's connection string.</param>
    /// <param name="commandCapacity">The most SQL texts to keep prepared commands for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    public static async ValueTask<SqliteSession> OpenAsync(string connectionString, int commandCapacity, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(commandCapacity);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new SqliteSession(connection, commandCapacity);
    }

    /// <summary>
    /// Returns the command for <paramref name="sql"/>, prepared on this connection the first time it is asked for,
    /// with no parameters and with <paramref name="transaction"/> (or none) as its transaction.
    /// </summary>
    /// <param name="sql">The statement.</param>
    /// <param name="transaction">The transaction the command runs in, or <see langword="null"/> outside one.</param>
    /// <returns>The command, ready for its parameters.</returns>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= CommandCapacity)
            {
                _commands.Remove(_order.Dequeue(), out var oldest);
                oldest!.Dispose();
            }

            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
            _order.Enqueue(sql);
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Marks the session as failed: it is closed when returned, never handed out again.</summary>
    public void MarkBroken() => IsBroken = true;

    /// <summary>Disposes the prepared commands, then closes the connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _order.Clear();
        Connection.Dispose();
    }
}
