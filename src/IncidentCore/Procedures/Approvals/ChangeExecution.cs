using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ChangeRequestFields;

namespace IncidentCore.Procedures.Approvals;

/// <summary>
/// Executing a change: technical support and system administrators start an approved or scheduled change (setting
/// actual_start_time), then complete it or record that it failed (setting actual_end_time). Nothing runs before it is
/// approved. Each step is audited with the action <c>execute</c>.
/// </summary>
public sealed class ChangeExecution
{
    internal static readonly UpdateSop<ChangeRequest> Start = Step(Operation.ChangeStart, static (c, _) => Field.MustBe(c, ChangeStatus.Approved, ChangeStatus.Scheduled));

    internal static readonly UpdateSop<ChangeRequest> Complete = Step(Operation.ChangeComplete, static (c, _) => Field.MustBe(c, ChangeStatus.InProgress));

    internal static readonly UpdateSop<ChangeRequest> Fail = Step(Operation.ChangeFail, static (c, _) => Field.MustBe(c, ChangeStatus.InProgress));

    private static readonly ChangeSet Started = Field.Moving(ChangeStatus.InProgress);
    private static readonly ChangeSet Completed = Field.Moving(ChangeStatus.Completed);
    private static readonly ChangeSet Failed = Field.Moving(ChangeStatus.Failed);

    private readonly SopPipeline _pipeline;

    internal ChangeExecution(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Starts an approved or scheduled change.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The change in progress, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> StartAsync(string actorUserId, string changeId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Start, actorUserId, changeId, Started, cancellationToken);

    /// <summary>Completes a change in progress.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The completed change, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> CompleteAsync(string actorUserId, string changeId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Complete, actorUserId, changeId, Completed, cancellationToken);

    /// <summary>Records that a change in progress failed.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="changeId">The change request.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The failed change, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<ChangeRequest>> FailAsync(string actorUserId, string changeId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Fail, actorUserId, changeId, Failed, cancellationToken);

    /// <summary>One execution step: its only input is the status it sets; starting sets actual_start_time, ending actual_end_time.</summary>
    private static UpdateSop<ChangeRequest> Step(Operation operation, DomainCheck<ChangeRequest> from) => new()
    {
        Operation = operation,
        EntityType = EntityType.ChangeRequest,
        IdField = "change_id",
        Action = AuditAction.Execute,
        Inputs = [new SopInput<ChangeSet, ChangeRequest>(Field.Status)],
        Find = Field.FindById,
        IdOf = static c => c.ChangeId,
        Check = from,
        Apply = static (in SopValues v, ChangeRequest c, DateTimeOffset now) =>
        {
            var status = (ChangeStatus)v.Number(Field.Status);
            return c with
            {
                Status = status,
                ActualStartTime = status == ChangeStatus.InProgress ? now : c.ActualStartTime,
                ActualEndTime = status == ChangeStatus.InProgress ? c.ActualEndTime : now,
                UpdatedAt = now,
                Version = c.Version + 1,
            };
        },
        Stage = static (work, change) => ApprovalStore.Of(work).ChangeRequests.Update(change),
    };
}
