using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace IncidentCore.EntityFrameworkCore.Sqlite;

/// <summary>
/// Recognises SQLite's unique-constraint failures (extended codes SQLITE_CONSTRAINT_UNIQUE and
/// SQLITE_CONSTRAINT_PRIMARYKEY). SQLite names no index, only the table and columns
/// (<c>UNIQUE constraint failed: incidentcore_clients.contact_email_key</c>), which the store maps to the record field.
/// SQLite runs one writer at a time, so it reports no lost races.
/// </summary>
public sealed class SqliteDatabaseErrorClassifier : IDatabaseErrorClassifier
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const string Marker = "constraint failed: ";

    /// <inheritdoc />
    public DatabaseError Classify(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } sqlite)
        {
            return DatabaseError.Other;
        }

        // "SQLite Error 19: 'UNIQUE constraint failed: table.column, table.column'."
        var message = sqlite.Message;
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return DatabaseError.Other;
        }

        start += Marker.Length;
        var end = message.IndexOf('\'', start);
        var columns = (end < 0 ? message[start..] : message[start..end]).Split(", ", StringSplitOptions.RemoveEmptyEntries);
        string? table = null;
        var names = new string[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var dot = columns[i].LastIndexOf('.');
            if (dot <= 0 || (table is not null && !columns[i].AsSpan(0, dot).SequenceEqual(table)))
            {
                return DatabaseError.Other;
            }

            table = columns[i][..dot];
            names[i] = columns[i][(dot + 1)..];
        }

        return table is null ? DatabaseError.Other : DatabaseError.UniqueColumns(table, names);
    }
}
