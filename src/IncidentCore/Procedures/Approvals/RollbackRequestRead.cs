using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Reading a rollback request, governed by <see cref="PolicyTable"/>: internal roles only. Client and vendor contacts
/// are denied before anything is read, so a denial never reveals whether it exists. Not audited.
/// </summary>
public sealed class RollbackRequestRead
{
    internal static readonly ReadSop<RollbackRequest> Sop = new()
    {
        Operation = Operation.RollbackRequestRead,
        EntityType = EntityType.RollbackRequest,
        IdField = "rollback_id",
        Find = RollbackRequestFields.FindById,
    };

    private readonly SopPipeline _pipeline;

    internal RollbackRequestRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads a rollback request.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rollback request, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> ReadAsync(string actorUserId, string rollbackId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, rollbackId, cancellationToken);
}
