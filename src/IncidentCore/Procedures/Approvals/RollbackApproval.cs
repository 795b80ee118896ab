using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.RollbackRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Approving or rejecting a requested rollback: incident managers and executives (with four-eyes on, never its
/// requester). A request no longer requested is refused naming <c>status</c>. Audited as approve or reject, with the
/// approval rule as reason.
/// </summary>
public sealed class RollbackApproval
{
    internal static readonly UpdateSop<RollbackRequest> Approve = new()
    {
        Operation = Operation.RollbackApprove,
        EntityType = EntityType.RollbackRequest,
        IdField = "rollback_id",
        Action = AuditAction.Approve,
        Inputs = [new SopInput<ChangeSet, RollbackRequest>(Field.Status)],
        Find = Field.FindById,
        IdOf = static r => r.RollbackId,
        Decide = Field.Decide,
        Check = static (c, _) => Field.MustBe(c, RollbackStatus.Requested),
        ApplyByActor = static (in SopValues v, RollbackRequest r, string actor, DateTimeOffset now) => r with
        {
            Status = RollbackStatus.Approved,
            ApprovedByUser = actor,
            Version = r.Version + 1,
        },
        Stage = static (work, rollback) => ApprovalStore.Of(work).RollbackRequests.Update(rollback),
    };

    internal static readonly UpdateSop<RollbackRequest> Reject = new()
    {
        Operation = Operation.RollbackReject,
        EntityType = EntityType.RollbackRequest,
        IdField = "rollback_id",
        Action = AuditAction.Reject,
        Inputs = [new SopInput<ChangeSet, RollbackRequest>(Field.Status), new SopInput<ChangeSet, RollbackRequest>(Field.RejectionReason)],
        Find = Field.FindById,
        IdOf = static r => r.RollbackId,
        Decide = Field.Decide,
        Check = static (c, _) => Field.MustBe(c, RollbackStatus.Requested),
        Apply = static (in SopValues v, RollbackRequest r, DateTimeOffset now) => r with
        {
            Status = RollbackStatus.Rejected,
            RejectionReason = v.OptionalText(Field.RejectionReason),
            Version = r.Version + 1,
        },
        Stage = static (work, rollback) => ApprovalStore.Of(work).RollbackRequests.Update(rollback),
    };

    private static readonly ChangeSet Approved = Field.Moving(RollbackStatus.Approved);

    private readonly SopPipeline _pipeline;

    internal RollbackApproval(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Approves a requested rollback; the actor becomes its approving user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The approved rollback request, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> ApproveAsync(string actorUserId, string rollbackId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Approve, actorUserId, rollbackId, Approved, cancellationToken);

    /// <summary>Rejects a requested rollback (final).</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request.</param>
    /// <param name="rejectionReason">Why (optional free text; stored, never audited or logged by value).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The rejected rollback request, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> RejectAsync(string actorUserId, string rollbackId, string? rejectionReason = null, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Reject, actorUserId, rollbackId, ChangeApproval.Rejection(RollbackStatus.Rejected.ToWireName(), rejectionReason), cancellationToken);
}
