using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The incidents table and its history rows: untracked reads, writes staged in the unit of work. A client's incidents
/// page by key on (client_id, incident_id): ids are time-ordered and increase in the order they are made
/// (<see cref="GuidIdGenerator"/>), so id order is report order. History rows list in the order they were inserted.
/// </summary>
internal sealed class EntityFrameworkIncidentRepository(EntityFrameworkUnitOfWork work) : IIncidentRepository
{
    public ValueTask<Incident?> FindByIdAsync(string incidentId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.IncidentById, incidentId, cancellationToken);

    public async ValueTask<IReadOnlyList<Incident>> ListByClientAsync(string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        var query = work.Query<Incident>(cancellationToken).Where(i => i.ClientId == clientId);
        if (take <= 0)
        {
            return [];
        }

        if (afterIncidentId is not null)
        {
            // An id that is not one of this client's incidents makes the subquery empty, and so the page.
            var after = work.Query<Incident>(cancellationToken).Where(i => i.IncidentId == afterIncidentId && i.ClientId == clientId);
            query = query.Where(i => after.Any() && string.Compare(i.IncidentId, afterIncidentId) > 0);
        }

        return await query.OrderBy(i => i.IncidentId).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<IncidentHistoryEntry>> ListHistoryAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return await work.Query<IncidentHistoryEntry>(cancellationToken)
            .Where(h => h.IncidentId == incidentId)
            .OrderBy(h => EF.Property<long>(h, ModelNames.Sequence))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void AppendHistory(IncidentHistoryEntry row) => work.StageHistory(row);

    public void Add(Incident record) => work.StageAdd(record, static _ => { });

    public void Update(Incident record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
