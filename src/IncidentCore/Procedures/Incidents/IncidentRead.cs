using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Reading an incident with its history, escalations and communications, governed by <see cref="PolicyTable"/>:
/// internal roles read any incident; a client contact only its own client's; a vendor contact only those on its
/// vendor's products. Not audited; a denial never reveals whether the incident exists.
/// </summary>
public sealed class IncidentRead
{
    internal static readonly ReadSop<Incident> Sop = new()
    {
        Operation = Operation.IncidentRead,
        EntityType = EntityType.Incident,
        IdField = "incident_id",
        Find = IncidentFields.FindById,
        ResolveTarget = static (work, operation, _, incident, ct) => IncidentFields.TargetOfAsync(work, operation, incident!, ct),
    };

    private readonly SopPipeline _pipeline;

    internal IncidentRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads an incident with what belongs to it.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="incidentId">The incident to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The incident and its records, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<IncidentDetails>> ReadAsync(string actorUserId, string incidentId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, incidentId, Expand, cancellationToken);

    private static async ValueTask<IncidentDetails> Expand(IUnitOfWork work, Incident incident, CancellationToken cancellationToken)
    {
        var store = IncidentStore.Of(work);
        return new IncidentDetails(
            incident,
            await store.Incidents.ListHistoryAsync(incident.IncidentId, cancellationToken).ConfigureAwait(false),
            await store.Escalations.ListByIncidentAsync(incident.IncidentId, cancellationToken).ConfigureAwait(false),
            await store.Communications.ListByIncidentAsync(incident.IncidentId, cancellationToken).ConfigureAwait(false));
    }
}
