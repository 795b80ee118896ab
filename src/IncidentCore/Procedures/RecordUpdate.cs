using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Validation;

namespace IncidentCore.Procedures;

/// <summary>
/// The steps every update procedure shares, in the policy's order: validate the change set → load the actor →
/// authorize → retrieve the current record (not_found) → opt-in forbids on what the change does → uniqueness and
/// references → apply with the current timestamp → audit → commit, retried from a fresh read when a concurrent update
/// won. Each update procedure supplies only what differs: its fields, its checks and how a change applies.
/// </summary>
/// <typeparam name="TRecord">The record updated.</typeparam>
/// <typeparam name="TPatch">The validated change set.</typeparam>
internal abstract class RecordUpdate<TRecord, TPatch>(ProcedureRuntime runtime, Operation operation, EntityType entityType, string idField)
    where TRecord : class
    where TPatch : RecordPatch
{
    protected ProcedureRuntime Runtime { get; } = runtime;

    protected Operation Operation { get; } = operation;

    public async ValueTask<SopResult<TRecord>> RunAsync(string actorUserId, string recordId, ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var activity = ProcedureRuntime.StartActivity(Operation);

        var input = new FieldValidator();
        input.ActorUserId(actorUserId);
        input.RequiredId(idField, recordId);
        var patch = Parse(input, changes);
        if (input.HasErrors)
        {
            return Runtime.ValidationFailed(Operation, activity, input);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var work = await Runtime.Store.BeginAsync(cancellationToken).ConfigureAwait(false);

                var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
                var request = AuthorizationRequestFor(recordId);
                var decision = Runtime.Policy.Authorize(actor, request);
                if (!decision.IsAllowed)
                {
                    return await Deny(work, activity, decision, actorUserId, recordId, cancellationToken).ConfigureAwait(false);
                }

                // Retrieve the current record.
                var current = await FindAsync(work, recordId, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    var entity = entityType.ToWireName();
                    return Runtime.Halted(Operation, activity, HaltCode.NotFound, $"No {entity} has this {idField}; nothing was changed.",
                        [new FieldError(idField, "not_found", $"{idField} does not name an existing {entity}.")]);
                }

                // Opt-in forbids look at what the change does to roles and to the actor's own record.
                var sensitive = SensitiveChanges(patch, actor!, current);
                if (sensitive != SensitiveChange.None)
                {
                    decision = Runtime.Policy.Authorize(actor, request with { Changes = sensitive });
                    if (!decision.IsAllowed)
                    {
                        return await Deny(work, activity, decision, actorUserId, recordId, cancellationToken).ConfigureAwait(false);
                    }
                }

                var halt = await CheckAsync(work, patch, current, activity, cancellationToken).ConfigureAwait(false);
                if (halt is not null)
                {
                    return halt;
                }

                // Update the requested changes with the current timestamp, and audit, in one commit.
                var now = Runtime.Time.GetUtcNow();
                var updated = Apply(patch, current, now);
                Stage(work, updated);
                work.AuditTrail.Append(Runtime.SuccessEntry(AuditAction.Update, entityType, recordId, actorUserId, decision, now,
                    patch.Fields, ValueChanges(patch, current, updated)));

                var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    return Runtime.Succeeded(Operation, activity, updated, entityType, recordId, actorUserId, decision);
                }

                if (commit.Status != CommitStatus.Conflict || attempt >= Runtime.Options.MaxConcurrencyRetries)
                {
                    return Runtime.CommitRefused(Operation, activity, commit);
                }

                Runtime.ConcurrencyRetry(Operation, entityType, recordId, attempt + 1);
            }
        }
        catch (Exception exception) when (ProcedureRuntime.IsStorageFailure(exception, cancellationToken))
        {
            return await Runtime.StorageFailedAsync(Operation, activity, actorUserId, exception).ConfigureAwait(false);
        }
    }

    /// <summary>Checks the change set's shape and values, reporting into <paramref name="input"/>.</summary>
    protected abstract TPatch Parse(FieldValidator input, ChangeSet changes);

    /// <summary>What the actor asks to do, before anything is read.</summary>
    protected abstract AuthorizationRequest AuthorizationRequestFor(string recordId);

    protected abstract ValueTask<TRecord?> FindAsync(IUnitOfWork work, string recordId, CancellationToken cancellationToken);

    protected virtual SensitiveChange SensitiveChanges(TPatch patch, User actor, TRecord current) => SensitiveChange.None;

    /// <summary>Uniqueness and reference checks; a halt stops the update.</summary>
    protected abstract ValueTask<Halt?> CheckAsync(IUnitOfWork work, TPatch patch, TRecord current, Activity? activity, CancellationToken cancellationToken);

    /// <summary>The record with the change applied, updated_at set and its version advanced.</summary>
    protected abstract TRecord Apply(TPatch patch, TRecord current, DateTimeOffset now);

    protected abstract void Stage(IUnitOfWork work, TRecord updated);

    protected abstract IReadOnlyList<AuditValueChange> ValueChanges(TPatch patch, TRecord before, TRecord after);

    private ValueTask<Halt> Deny(IUnitOfWork work, Activity? activity, AuthorizationDecision decision, string actorUserId, string recordId, CancellationToken cancellationToken) =>
        Runtime.DenyAsync(work, Operation, activity, decision, actorUserId, AuditAction.Update, entityType, recordId, cancellationToken);
}
