using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Incident records and their history rows.</summary>
public interface IIncidentRepository
{
    /// <summary>Finds a incident by id.</summary>
    /// <param name="incidentId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<Incident?> FindByIdAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Lists a client's incidents in the order they were reported, a page at a time by key.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="afterIncidentId">The id of the last incident of the previous page, or <see langword="null"/> for the first page; an id that is not the client's gives an empty page.</param>
    /// <param name="take">How many at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<Incident>> ListByClientAsync(string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken = default);

    /// <summary>Lists an incident's history rows in the order they were written.</summary>
    /// <param name="incidentId">The incident.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows, possibly none.</returns>
    ValueTask<IReadOnlyList<IncidentHistoryEntry>> ListHistoryAsync(string incidentId, CancellationToken cancellationToken = default);

    /// <summary>Stages a history row; it is written only with the commit that writes its incident's update.</summary>
    /// <param name="row">The row.</param>
    void AppendHistory(IncidentHistoryEntry row);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(Incident record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(Incident record);
}
