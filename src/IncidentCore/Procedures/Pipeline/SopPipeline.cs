using System.Runtime.CompilerServices;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// Runs every SOP from its definition, in the policy's order: validate → load the actor → authorize → load the target
/// → uniqueness → references → write and audit in one commit → result. This part holds what every kind of SOP shares:
/// its dependencies and the ways a call can end.
/// </summary>
internal sealed partial class SopPipeline(
    IUnitOfWorkFactory store,
    IIdGenerator ids,
    PolicyEngine policy,
    ProcedureSettings settings,
    TimeProvider time,
    IProcedureEvents events,
    IEscalationHook escalation,
    IncidentCoreErrorDescriber describe)
{
    private SopCall Begin(Operation operation, EntityType entityType, SopDefinition sop, string actorUserId) =>
        new(operation, entityType, sop, events.Start(operation), actorUserId);

    private static bool IsStorageFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private void CheckActorId(string? actorUserId, ref List<FieldError>? errors)
    {
        if (!Domain.Normalization.TextRules.IsWellFormedId(actorUserId))
        {
            (errors ??= []).Add(describe.InvalidId(InputNames.ActorUserId));
        }
    }

    private void CheckRecordId(string idField, string? recordId, ref List<FieldError>? errors)
    {
        if (recordId is null)
        {
            (errors ??= []).Add(describe.Required(idField));
        }
        else if (!Domain.Normalization.TextRules.IsWellFormedId(recordId))
        {
            (errors ??= []).Add(describe.InvalidId(idField));
        }
    }

    private Halt Halted(in SopCall call, HaltCode code, string message, IReadOnlyList<FieldError>? errors = null)
    {
        events.Halted(call.Operation, call.Activity, code, errors, call.Sop);
        return new Halt(code, message, errors);
    }

    private Halt ValidationFailed(in SopCall call, List<FieldError> errors) =>
        Halted(call, HaltCode.ValidationFailed, describe.ValidationFailed(errors), errors);

    private Halt NotFound(in SopCall call, string idField) =>
        Halted(call, HaltCode.NotFound, describe.RecordNotFound(call.EntityType, idField), [describe.NotFound(idField, call.EntityType)]);

    /// <summary>A commit the store refused: a key taken at commit (named by the SOP's input), or a race lost every retry.</summary>
    private Halt CommitRefused<TRequest, TRecord>(in SopCall call, CommitResult commit, SopInput<TRequest, TRecord>[] inputs)
        where TRecord : class
    {
        if (commit.Status == CommitStatus.Duplicate)
        {
            var field = InputNameOf(inputs, commit.DuplicateField ?? "unknown");
            FieldError[] errors = [describe.Duplicate(field, call.EntityType)];
            return Halted(call, HaltCode.Duplicate, describe.Duplicates(call.EntityType, errors), errors);
        }

        return Halted(call, HaltCode.Conflict, describe.Conflict());
    }

    /// <summary>Whether a refused commit is retried from a fresh read: a lost race (the record or the actor changed), while retries remain.</summary>
    private bool Retries(in SopCall call, CommitResult commit, string? entityId, int attempt)
    {
        if (commit.Status != CommitStatus.Conflict || attempt >= settings.MaxConcurrencyRetries)
        {
            return false;
        }

        events.ConcurrencyRetry(call.Operation, call.EntityType, entityId, attempt + 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async ValueTask<Halt> DenyAsync(SopCall call, IUnitOfWork work, AuthorizationDecision decision, AuditAction action, string? entityId, CancellationToken cancellationToken)
    {
        if (settings.AuditDenials)
        {
            work.AuditTrail.Append(new AuditEntry
            {
                AuditId = ids.NewAuditId(),
                Action = action,
                EntityType = call.EntityType,
                EntityId = entityId,
                ActorUserId = call.ActorUserId,
                CreatedAt = time.GetUtcNow(),
                Outcome = AuditOutcome.Denied,
                Reason = decision.Reason,
            });
            await work.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        events.Denied(call.Operation, call.Activity, call.ActorUserId, decision.Reason);
        return new Halt(HaltCode.Unauthorized, describe.Denied(call.Operation, decision.DenialReason, decision.Reason), null, decision.DenialReason);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async ValueTask<Halt> StorageFailedAsync(SopCall call, Exception exception)
    {
        var outcomeUnknown = exception is CommitOutcomeUnknownException;
        events.StorageFailed(call.Operation, call.Activity, exception, outcomeUnknown);
        try
        {
            await escalation.EscalateAsync(new StorageFailure(call.Operation, call.ActorUserId, exception, time.GetUtcNow()) { CommitOutcomeUnknown = outcomeUnknown }, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing escalation hook must never turn a clean halt into an exception.
        catch (Exception hookFailure)
#pragma warning restore CA1031
        {
            events.EscalationHookFailed(call.Operation, hookFailure);
        }

        return outcomeUnknown
            ? new Halt(HaltCode.StorageFailure, describe.StorageOutcomeUnknown(call.Operation)) { CommitOutcomeUnknown = true }
            : new Halt(HaltCode.StorageFailure, describe.StorageFailure(call.Operation));
    }

    /// <summary>Asks the SOP which record its permission depends on (out of line: the resolver takes its own copy of the values).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValueTask<AuthorizationRequest?> ResolveTargetAsync<TRecord>(
        TargetResolver<TRecord> resolve, IUnitOfWork work, Operation operation, in SopValues values, TRecord? current, CancellationToken cancellationToken)
        where TRecord : class =>
        resolve(work, operation, values, current, cancellationToken);

    /// <summary>The same for a read, which has no input values: the empty values are made out of line too.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValueTask<AuthorizationRequest?> ResolveTargetAsync<TRecord>(
        TargetResolver<TRecord> resolve, IUnitOfWork work, Operation operation, TRecord current, CancellationToken cancellationToken)
        where TRecord : class =>
        resolve(work, operation, default, current, cancellationToken);

    /// <summary>Stages the writes an update makes beside its record (out of line, for the same reason).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StageCompanions<TRecord>(CompanionWrites<TRecord> companions, IUnitOfWork work, in SopValues values, TRecord before, TRecord after, string actorUserId, DateTimeOffset now)
        where TRecord : class =>
        companions(work, values, before, after, actorUserId, now);

    private AuditEntry SuccessEntry(in SopCall call, AuditAction action, string entityId, in AuthorizationDecision decision, DateTimeOffset now,
        IReadOnlyList<string> changedFields, IReadOnlyList<AuditValueChange> valueChanges) =>
        SuccessEntry(call.EntityType, call.ActorUserId, action, entityId, decision.Reason, now, changedFields, valueChanges);

    /// <summary>A success entry that names its own rule and record (an approval rule, a record the call changed beside its own).</summary>
    private AuditEntry SuccessEntry(EntityType entityType, string actorUserId, AuditAction action, string entityId, string reason, DateTimeOffset now,
        IReadOnlyList<string> changedFields, IReadOnlyList<AuditValueChange> valueChanges) => new()
        {
            AuditId = ids.NewAuditId(),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ActorUserId = actorUserId,
            CreatedAt = now,
            Outcome = AuditOutcome.Succeeded,
            Reason = reason,
            ChangedFields = changedFields,
            ValueChanges = valueChanges,
        };
}
