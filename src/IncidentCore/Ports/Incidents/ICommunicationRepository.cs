using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Communication records.</summary>
public interface ICommunicationRepository
{
    /// <summary>Finds a communication by id.</summary>
    /// <param name="communicationId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<Communication?> FindByIdAsync(string communicationId, CancellationToken cancellationToken = default);

    /// <summary>Lists an incident's communications in the order they were recorded.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The communications, possibly none.</returns>
    ValueTask<IReadOnlyList<Communication>> ListByIncidentAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(Communication record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(Communication record);
}
