using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Listing a client's incidents in the order they were reported, a page at a time by key (the cost of a page does not
/// grow with the number of incidents). Internal roles list any client's; a client contact only its own client's
/// (<see cref="PolicyTable"/>). Not audited; a denial never reveals whether the client exists.
/// </summary>
public sealed class ClientIncidentsList
{
    /// <summary>The largest page a call may ask for.</summary>
    public const int MaximumPageSize = SopPipeline.MaximumIncidentPage;

    private readonly SopPipeline _pipeline;

    internal ClientIncidentsList(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Lists the incidents reported after <paramref name="afterIncidentId"/> (from the first when null).</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="clientId">The client.</param>
    /// <param name="afterIncidentId">The last incident of the previous page, or <see langword="null"/>.</param>
    /// <param name="take">How many at most, 1 to <see cref="MaximumPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<IReadOnlyList<Incident>>> ListAsync(string actorUserId, string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken = default) =>
        _pipeline.ListClientIncidentsAsync(actorUserId, clientId, afterIncidentId, take, cancellationToken);
}
