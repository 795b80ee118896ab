namespace IncidentCore.EntityFrameworkCore;

/// <summary>What a database error means to the store.</summary>
public enum DatabaseErrorKind
{
    /// <summary>Anything else: the store lets the exception through, and the procedure halts with <c>storage_failure</c>.</summary>
    Other = 0,

    /// <summary>A unique index or primary key refused a row; the store reports a duplicate naming the record field.</summary>
    UniqueViolation = 1,

    /// <summary>The database ended the transaction because it raced another one (a deadlock, a serialization failure); the store reports a conflict.</summary>
    Conflict = 2,
}
