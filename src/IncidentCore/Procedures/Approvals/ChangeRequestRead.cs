using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Reading a change request, governed by <see cref="PolicyTable"/>: internal roles only. Client and vendor contacts are
/// denied before anything is read, so a denial never reveals whether it exists. Not audited.
/// </summary>
public sealed class ChangeRequestRead
{
    internal static readonly ReadSop<ChangeRequest> Sop = new()
    {
        Operation = Operation.ChangeRequestRead,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Find = ChangeRequestFields.FindById,
    };

    private readonly SopPipeline _pipeline;

    internal ChangeRequestRead(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Reads a change request.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The change request, or a halt (validation_failed, unauthorized, not_found, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> ReadAsync(string actorUserId, string changeId, CancellationToken cancellationToken = default) =>
        _pipeline.ReadAsync(Sop, actorUserId, changeId, cancellationToken);
}
