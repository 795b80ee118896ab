using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The communications table: untracked reads, writes staged in the unit of work; an incident's communications list in id order, which is the order they were recorded.</summary>
internal sealed class EntityFrameworkCommunicationRepository(EntityFrameworkUnitOfWork work) : ICommunicationRepository
{
    public ValueTask<Communication?> FindByIdAsync(string communicationId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.CommunicationById, communicationId, cancellationToken);

    public async ValueTask<IReadOnlyList<Communication>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return await work.Query<Communication>(cancellationToken)
            .Where(c => c.IncidentId == incidentId)
            .OrderBy(c => c.CommunicationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(Communication record) => work.StageAdd(record, static _ => { });

    public void Update(Communication record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
