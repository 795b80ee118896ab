using IncidentCore.Domain.Approvals;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The approval domain's lookups, compiled once per model like the others.</summary>
internal sealed partial class CompiledQueries
{
    public readonly Func<DbContext, string, CancellationToken, Task<ChangeRequest?>> ChangeById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<ChangeRequest>().AsNoTracking().FirstOrDefault(r => r.ChangeId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<RollbackRequest?>> RollbackById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<RollbackRequest>().AsNoTracking().FirstOrDefault(r => r.RollbackId == id));

    /// <summary>
    /// A change's open rollback: the statuses of the one-open-per-change index's filter, written as constants (they
    /// become SQL literals through the wire-name conversion); that index keeps the answer to at most one row.
    /// </summary>
    public readonly Func<DbContext, string, CancellationToken, Task<RollbackRequest?>> OpenRollbackByChange =
        EF.CompileAsyncQuery((DbContext c, string changeId, CancellationToken _) =>
            c.Set<RollbackRequest>().AsNoTracking().FirstOrDefault(r =>
                r.ChangeId == changeId && (r.Status == RollbackStatus.Requested || r.Status == RollbackStatus.Approved || r.Status == RollbackStatus.InProgress)));
}
