using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.EscalationFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Resolving or cancelling an escalation: its target, incident managers and executives. Only an active escalation
/// moves, to resolved or cancelled (both final), with resolved_at set; the change is audited as an update.
/// </summary>
public sealed class EscalationClosing
{
    internal static readonly UpdateSop<Escalation> Resolve = Closing(Operation.EscalationResolve);

    internal static readonly UpdateSop<Escalation> Cancel = Closing(Operation.EscalationCancel);

    private static readonly ChangeSet Resolved = Field.Closing(EscalationStatus.Resolved);
    private static readonly ChangeSet Cancelled = Field.Closing(EscalationStatus.Cancelled);

    private readonly SopPipeline _pipeline;

    internal EscalationClosing(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Resolves an active escalation.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="escalationId">The escalation.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The resolved escalation, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Escalation>> ResolveAsync(string actorUserId, string escalationId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Resolve, actorUserId, escalationId, Resolved, cancellationToken);

    /// <summary>Cancels an active escalation.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="escalationId">The escalation.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The cancelled escalation, or a halt (validation_failed, unauthorized, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Escalation>> CancelAsync(string actorUserId, string escalationId, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Cancel, actorUserId, escalationId, Cancelled, cancellationToken);

    /// <summary>The SOP: its only input is the status the call sets; who may run it depends on the escalation's target.</summary>
    private static UpdateSop<Escalation> Closing(Operation operation) => new()
    {
        Operation = operation,
        EntityType = EntityType.Escalation,
        IdField = "escalation_id",
        Inputs = [new SopInput<ChangeSet, Escalation>(Field.Status)],
        Find = Field.FindById,
        IdOf = static e => e.EscalationId,
        Target = static (_, op, _, escalation, _) => Field.TargetOf(op, escalation!),
        Check = Field.MustBeActive,
        Apply = static (in SopValues v, Escalation e, DateTimeOffset now) => e with
        {
            Status = (EscalationStatus)v.Number(Field.Status),
            ResolvedAt = now,
            Version = e.Version + 1,
        },
        Stage = static (work, escalation) => IncidentStore.Of(work).Escalations.Update(escalation),
    };
}
