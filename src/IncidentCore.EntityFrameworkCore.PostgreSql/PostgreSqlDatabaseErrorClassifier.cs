using System.Data.Common;
using Npgsql;

namespace IncidentCore.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Recognises PostgreSQL's unique violations (SQLSTATE 23505, named by the index or constraint) and the errors with
/// which the server ends one of two racing transactions: a deadlock between row locks (40P01) and a serialization
/// failure (40001). The store reports the first as a duplicate naming the field and the others as a conflict.
/// </summary>
public sealed class PostgreSqlDatabaseErrorClassifier : IDatabaseErrorClassifier
{
    /// <inheritdoc />
    public DatabaseError Classify(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { Length: > 0 } constraint } => DatabaseError.UniqueConstraint(constraint),
            PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => DatabaseError.Conflict,
            _ => DatabaseError.Other,
        };
    }
}
