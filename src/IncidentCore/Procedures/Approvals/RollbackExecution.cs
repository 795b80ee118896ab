using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.RollbackRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Executing a rollback: technical support and system administrators start an approved rollback, then complete it or
/// record that it failed (both final, setting completed_at). Completing it sets its change to <c>rolled_back</c> in the
/// same commit, audited as an update of the change. Each step is audited with the action <c>execute</c>.
/// </summary>
public sealed class RollbackExecution
{
    internal static readonly UpdateSop<RollbackRequest> Start = Step(Operation.RollbackStart, RollbackStatus.Approved);

    internal static readonly UpdateSop<RollbackRequest> Complete = Step(Operation.RollbackComplete, RollbackStatus.InProgress, RollBackTheChangeAsync);

    internal static readonly UpdateSop<RollbackRequest> Fail = Step(Operation.RollbackFail, RollbackStatus.InProgress);

    private static readonly ChangeSet Started = Field.Moving(RollbackStatus.InProgress);
    private static readonly ChangeSet Completed = Field.Moving(RollbackStatus.Completed);
    private static readonly ChangeSet Failed = Field.Moving(RollbackStatus.Failed);

    private readonly SopPipeline _pipeline;

    internal RollbackExecution(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Starts an approved rollback.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The rollback in progress, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> StartAsync(string actorUserId, string rollbackId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Start, actorUserId, rollbackId, Started, cancellationToken);

    /// <summary>Completes a rollback in progress; its change becomes rolled_back in the same commit.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The completed rollback, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> CompleteAsync(string actorUserId, string rollbackId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Complete, actorUserId, rollbackId, Completed, cancellationToken);

    /// <summary>Records that a rollback in progress failed; its change stays as it is.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="rollbackId">The rollback request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The failed rollback, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<RollbackRequest>> FailAsync(string actorUserId, string rollbackId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Fail, actorUserId, rollbackId, Failed, cancellationToken);

    /// <summary>One execution step: its only input is the status it sets; ending (completed or failed) sets completed_at.</summary>
    private static UpdateSop<RollbackRequest> Step(Operation operation, RollbackStatus from, LinkedWrite<RollbackRequest>? linked = null) => new()
    {
        Operation = operation,
        EntityType = EntityType.RollbackRequest,
        IdField = "rollback_id",
        Action = AuditAction.Execute,
        Inputs = [new SopInput<ChangeSet, RollbackRequest>(Field.Status)],
        Find = Field.FindById,
        IdOf = static r => r.RollbackId,
        Check = (c, _) => Field.MustBe(c, from),
        Apply = static (in SopValues v, RollbackRequest r, DateTimeOffset now) =>
        {
            var status = (RollbackStatus)v.Number(Field.Status);
            return r with
            {
                Status = status,
                CompletedAt = status == RollbackStatus.InProgress ? r.CompletedAt : now,
                Version = r.Version + 1,
            };
        },
        Stage = static (work, rollback) => ApprovalStore.Of(work).RollbackRequests.Update(rollback),
        Linked = linked,
    };

    /// <summary>The completed rollback's change becomes rolled_back (final), staged in the rollback's commit.</summary>
    private static async ValueTask<LinkedChange?> RollBackTheChangeAsync(Ports.IUnitOfWork work, RollbackRequest rollback, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = ApprovalStore.Of(work).ChangeRequests;
        if (await changes.FindByIdAsync(rollback.ChangeId, cancellationToken).ConfigureAwait(false) is not { } change)
        {
            return null;
        }

        changes.Update(change with { Status = ChangeStatus.RolledBack, UpdatedAt = now, Version = change.Version + 1 });
        return new LinkedChange(EntityType.ChangeRequest, change.ChangeId, ["status"],
            [new AuditValueChange("status", change.Status.ToWireName(), ChangeStatus.RolledBack.ToWireName())]);
    }
}
