namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// A database error as an <see cref="IDatabaseErrorClassifier"/> understood it. A unique violation names what refused
/// the row: the constraint or index name (PostgreSQL, SQL Server), or the table and columns (SQLite). The store
/// finds the record field from the model, whatever the host named its tables and indexes.
/// </summary>
public readonly record struct DatabaseError
{
    private DatabaseError(DatabaseErrorKind kind, string? constraintName, string? tableName, IReadOnlyList<string>? columnNames)
    {
        Kind = kind;
        ConstraintName = constraintName;
        TableName = tableName;
        ColumnNames = columnNames ?? [];
    }

    /// <summary>An error the store does not handle.</summary>
    public static DatabaseError Other { get; } = new(DatabaseErrorKind.Other, null, null, null);

    /// <summary>A transaction the database ended because it raced another one.</summary>
    public static DatabaseError Conflict { get; } = new(DatabaseErrorKind.Conflict, null, null, null);

    /// <summary>What the error means.</summary>
    public DatabaseErrorKind Kind { get; }

    /// <summary>For a unique violation: the name of the unique index, unique constraint or primary key, when the database says it.</summary>
    public string? ConstraintName { get; }

    /// <summary>For a unique violation named by columns: the table.</summary>
    public string? TableName { get; }

    /// <summary>For a unique violation named by columns: the columns, in index order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>A unique violation of the named index, unique constraint or primary key.</summary>
    /// <param name="constraintName">The name, as the database reports it.</param>
    /// <returns>The error.</returns>
    public static DatabaseError UniqueConstraint(string constraintName)
    {
        ArgumentException.ThrowIfNullOrEmpty(constraintName);
        return new(DatabaseErrorKind.UniqueViolation, constraintName, null, null);
    }

    /// <summary>A unique violation on the given columns of a table (SQLite names no index).</summary>
    /// <param name="tableName">The table, without schema.</param>
    /// <param name="columnNames">The columns, in index order.</param>
    /// <returns>The error.</returns>
    public static DatabaseError UniqueColumns(string tableName, IReadOnlyList<string> columnNames)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        ArgumentNullException.ThrowIfNull(columnNames);
        return new(DatabaseErrorKind.UniqueViolation, null, tableName, columnNames);
    }
}
