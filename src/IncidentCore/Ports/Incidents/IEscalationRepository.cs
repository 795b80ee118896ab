using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Escalation records. At most one active escalation per level per incident: a conditional unique key enforced at commit (field <c>escalation_level</c>).</summary>
public interface IEscalationRepository
{
    /// <summary>Finds a escalation by id.</summary>
    /// <param name="escalationId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<Escalation?> FindByIdAsync(string escalationId, CancellationToken cancellationToken = default);

    /// <summary>Lists an incident's escalations in the order they were created.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The escalations, possibly none.</returns>
    ValueTask<IReadOnlyList<Escalation>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(Escalation record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(Escalation record);
}
