namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The one row every commit that appends audit entries updates first, in its transaction. The row lock it takes
/// (or SQLite's single writer) is held until the transaction ends, so audit entries are inserted, and get their
/// <c>seq</c>, in the order their transactions commit: a reader paging by <c>seq</c> never skips an entry that
/// commits later with a smaller one.
/// </summary>
internal sealed class AuditOrderLock
{
    /// <summary>The id of the one row.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    /// <summary>How many commits with audit entries have taken the lock.</summary>
    public long Commits { get; set; }
}
