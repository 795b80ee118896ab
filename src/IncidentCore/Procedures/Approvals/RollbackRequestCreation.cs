using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.RollbackRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Rollback request: technical support, incident managers and executives ask to roll back a change that ran
/// (in_progress, completed or failed) and has no other open rollback. An incident manager or executive who requests it
/// is its approver acting for themselves (unless four-eyes is on); otherwise it waits for one of them.
/// </summary>
public sealed class RollbackRequestCreation
{
    /// <summary>
    /// Steps: validate → authorize → the change (and incident, when given) exist → the change ran and has no open
    /// rollback → create, approved when its requester is its approver → audit as create (and approve), in one commit
    /// (the store refuses a second open rollback of the change at commit, so racing requests leave exactly one).
    /// </summary>
    internal static readonly CreateSop<RollbackRequestCreateRequest, RollbackRequest> Sop = new()
    {
        Operation = Operation.RollbackRequestCreate,
        EntityType = EntityType.RollbackRequest,
        IdField = "rollback_id",
        Inputs =
        [
            new SopInput<RollbackRequestCreateRequest, RollbackRequest>(Field.ChangeId, r => r.ChangeId).Required(),
            new SopInput<RollbackRequestCreateRequest, RollbackRequest>(Field.IncidentId, r => r.IncidentId),
        ],
        Check = CheckChangeAsync,
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new RollbackRequest
        {
            RollbackId = id,
            ChangeId = v.Text(Field.ChangeId),
            IncidentId = v.OptionalText(Field.IncidentId),
            RequestingUser = actor,
            Status = RollbackStatus.Requested,
            CreatedAt = now,
        },
        ApproveOnRequest = Field.ApproveOnRequest,
        Stage = static (work, rollback) => ApprovalStore.Of(work).RollbackRequests.Add(rollback),
    };

    private readonly SopPipeline _pipeline;

    internal RollbackRequestCreation(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Requests the rollback of a change that ran.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it; recorded as the requesting user.</param>
    /// <param name="request">The rollback request in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new rollback_id, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> CreateAsync(string actorUserId, RollbackRequestCreateRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);

    /// <summary>The change ran (in_progress, completed or failed) and holds no open rollback.</summary>
    private static async ValueTask<SopCheckFailure?> CheckChangeAsync(SopCheck<RollbackRequest> check, CancellationToken cancellationToken)
    {
        var store = ApprovalStore.Of(check.Work);
        var changeId = check.Values.Text(Field.ChangeId);
        var change = (await store.ChangeRequests.FindByIdAsync(changeId, cancellationToken).ConfigureAwait(false))!;
        if (change.Status is not (ChangeStatus.InProgress or ChangeStatus.Completed or ChangeStatus.Failed))
        {
            return SopCheckFailure.Invalid(check.Describe.RuleBroken("change_id", $"only a change that ran can be rolled back, and this one is {change.Status.ToWireName()}"));
        }

        return await store.RollbackRequests.FindOpenByChangeAsync(changeId, cancellationToken).ConfigureAwait(false) is null
            ? null
            : new SopCheckFailure(HaltCode.Duplicate, [check.Describe.Duplicate("change_id", EntityType.RollbackRequest)]);
    }
}
