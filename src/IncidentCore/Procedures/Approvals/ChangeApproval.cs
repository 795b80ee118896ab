using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ChangeRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Approving or rejecting a requested change: only a holder of the role its approval rule requires (an executive for a
/// major change, an incident manager or executive for a normal one); with four-eyes on, never its requester. A request
/// no longer requested is refused naming <c>status</c>. Audited as approve or reject, with the approval rule as reason.
/// </summary>
public sealed class ChangeApproval
{
    internal static readonly UpdateSop<ChangeRequest> Approve = new()
    {
        Operation = Operation.ChangeApprove,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Action = AuditAction.Approve,
        Inputs = [new SopInput<ChangeSet, ChangeRequest>(Field.Status)],
        Find = Field.FindById,
        IdOf = static c => c.ChangeId,
        Decide = Field.Decide,
        Check = static (c, _) => Field.MustBe(c, ChangeStatus.Requested),
        ApplyByActor = static (in SopValues v, ChangeRequest c, string actor, DateTimeOffset now) => c with
        {
            Status = ChangeStatus.Approved,
            ApprovedByUser = actor,
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, change) => ApprovalStore.Of(work).ChangeRequests.Update(change),
    };

    internal static readonly UpdateSop<ChangeRequest> Reject = new()
    {
        Operation = Operation.ChangeReject,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Action = AuditAction.Reject,
        Inputs = [new SopInput<ChangeSet, ChangeRequest>(Field.Status), new SopInput<ChangeSet, ChangeRequest>(Field.RejectionReason)],
        Find = Field.FindById,
        IdOf = static c => c.ChangeId,
        Decide = Field.Decide,
        Check = static (c, _) => Field.MustBe(c, ChangeStatus.Requested),
        Apply = static (in SopValues v, ChangeRequest c, DateTimeOffset now) => c with
        {
            Status = ChangeStatus.Rejected,
            RejectionReason = v.OptionalText(Field.RejectionReason),
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, change) => ApprovalStore.Of(work).ChangeRequests.Update(change),
    };

    private static readonly ChangeSet Approved = Field.Moving(ChangeStatus.Approved);

    private readonly SopPipeline _pipeline;

    internal ChangeApproval(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Approves a requested change; the actor becomes its approving user.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The approved change request, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> ApproveAsync(string actorUserId, string changeId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Approve, actorUserId, changeId, Approved, cancellationToken);

    /// <summary>Rejects a requested change (final).</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="rejectionReason">Why (optional free text; stored, never audited or logged by value).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The rejected change request, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> RejectAsync(string actorUserId, string changeId, string? rejectionReason = null, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Reject, actorUserId, changeId, Rejection(ChangeStatus.Rejected.ToWireName(), rejectionReason), cancellationToken);

    /// <summary>The change set of a rejection: the status, and the reason when one is given.</summary>
    internal static ChangeSet Rejection(string status, string? rejectionReason) => rejectionReason is null
        ? new ChangeSet { { "status", status } }
        : new ChangeSet { { "status", status }, { "rejection_reason", rejectionReason } };
}
