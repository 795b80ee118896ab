using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures;

/// <summary>
/// Reading the audit trail in commit order, a page at a time by key (the cost of a page does not grow with the trail).
/// Only a system administrator may read it (<see cref="PolicyTable"/>); reads are not audited, denials are logged.
/// </summary>
public sealed class AuditTrailRead
{
    /// <summary>The largest page a call may ask for.</summary>
    public const int MaximumPageSize = SopPipeline.MaximumAuditPage;

    private readonly SopPipeline _pipeline;

    internal AuditTrailRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads the entries committed after <paramref name="afterAuditId"/> (from the start when null).</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="afterAuditId">The audit id of the last entry of the previous page, or <see langword="null"/>; an unknown id gives an empty page.</param>
    /// <param name="take">How many entries at most, 1 to <see cref="MaximumPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or a halt (validation_failed, unauthorized, storage_failure).</returns>
    public ValueTask<SopResult<IReadOnlyList<AuditEntry>>> ReadPageAsync(string actorUserId, string? afterAuditId, int take, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAuditTrailAsync(actorUserId, afterAuditId, take, cancellationToken);
}
