using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The escalations table: untracked reads, writes staged in the unit of work. "At most one active per incident and
/// level" is the filtered unique index of the model, so a racing second one is refused at commit as a duplicate
/// <c>escalation_level</c>. An incident's escalations list in id order, which is creation order.
/// </summary>
internal sealed class EntityFrameworkEscalationRepository(EntityFrameworkUnitOfWork work) : IEscalationRepository
{
    public ValueTask<Escalation?> FindByIdAsync(string escalationId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.EscalationById, escalationId, cancellationToken);

    public async ValueTask<IReadOnlyList<Escalation>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return await work.Query<Escalation>(cancellationToken)
            .Where(e => e.IncidentId == incidentId)
            .OrderBy(e => e.EscalationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(Escalation record) => work.StageAdd(record, static _ => { });

    public void Update(Escalation record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
