using IncidentCore.Domain;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The audit_entries table, read in commit order (its seq key), a page at a time after a given audit id.</summary>
internal sealed class EntityFrameworkAuditTrail(EntityFrameworkUnitOfWork work) : IAuditTrail
{
    public void Append(AuditEntry entry) => work.StageAuditEntry(entry);

    public async ValueTask<IReadOnlyList<AuditEntry>> ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken = default)
    {
        var query = work.Query<AuditEntry>(cancellationToken);
        if (take <= 0)
        {
            return [];
        }

        if (afterAuditId is not null)
        {
            // An unknown audit id makes the subquery NULL, and "seq > NULL" selects nothing: an empty page.
            var after = work.Query<AuditEntry>(cancellationToken)
                .Where(e => e.AuditId == afterAuditId)
                .Select(e => (long?)EF.Property<long>(e, ModelNames.Sequence));
            query = query.Where(e => EF.Property<long>(e, ModelNames.Sequence) > after.FirstOrDefault());
        }

        return await query.OrderBy(e => EF.Property<long>(e, ModelNames.Sequence)).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken = default) =>
        await work.Query<AuditEntry>(cancellationToken).LongCountAsync(cancellationToken).ConfigureAwait(false);
}
