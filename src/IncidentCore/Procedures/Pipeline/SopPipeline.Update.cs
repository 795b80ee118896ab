using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>The steps of an update SOP, retried from a fresh read when a concurrent change won the race.</summary>
internal sealed partial class SopPipeline
{
    public async ValueTask<SopResult<TRecord>> UpdateAsync<TRecord>(UpdateSop<TRecord> sop, string actorUserId, string recordId, ChangeSet changes, CancellationToken cancellationToken)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(changes);
        var call = Begin(sop.Operation, sop.EntityType, sop.Definition, actorUserId);
        using var activity = call.Activity;

        // Validate the change set: not empty, only editable fields, every value well formed.
        List<FieldError>? errors = null;
        CheckActorId(actorUserId, ref errors);
        CheckRecordId(sop.IdField, recordId, ref errors);
        var values = new SopValues();
        if (CheckShape(sop, changes, ref errors))
        {
            foreach (var (name, raw) in changes)
            {
                ReadChange(sop.FindInput(name)!, raw, ref values, ref errors);
            }
        }

        if (errors is not null)
        {
            return ValidationFailed(call, errors);
        }

        var changedFields = ChangedFields(sop, changes);
        var operation = sop.OperationFor is { } choose ? choose(in values) : sop.Operation;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);
                var work = scope.Work;

                // Authorize before reading the record, so that a denial never reveals whether it exists.
                var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
                var request = sop.Request(operation, recordId);
                var decision = policy.Authorize(actor, request);
                var dependsOnRecord = !decision.IsAllowed && decision.DependsOnTheRecord() && sop.Target is not null;
                if (!decision.IsAllowed && !dependsOnRecord)
                {
                    return await DenyAsync(call, work, decision, sop.Action, recordId, cancellationToken).ConfigureAwait(false);
                }

                // Retrieve the current record.
                var current = await sop.Find(work, recordId, cancellationToken).ConfigureAwait(false);
                if (dependsOnRecord)
                {
                    // Permission depends on the record: a missing record is denied exactly as someone else's is.
                    if (current is not null && await ResolveTargetAsync(sop.Target!, work, operation, in values, current, cancellationToken).ConfigureAwait(false) is { } target)
                    {
                        request = target;
                        decision = policy.Authorize(actor, request);
                    }

                    if (!decision.IsAllowed)
                    {
                        return await DenyAsync(call, work, decision, sop.Action, recordId, cancellationToken).ConfigureAwait(false);
                    }
                }

                if (current is null)
                {
                    return NotFound(call, sop.IdField);
                }

                // Opt-in forbids look at what the change does (to roles, to administrators, to the actor's own record).
                var sensitive = sop.Sensitive is { } check ? check(actor!, in values, current) : SensitiveChange.None;
                if (sensitive != SensitiveChange.None)
                {
                    decision = policy.Authorize(actor, request with { Changes = sensitive });
                    if (!decision.IsAllowed)
                    {
                        return await DenyAsync(call, work, decision, sop.Action, recordId, cancellationToken).ConfigureAwait(false);
                    }
                }

                // An approval or rejection: the actor must hold the role the request's approval rule requires.
                var reason = decision.Reason;
                if (sop.Decide is { } decide)
                {
                    var verdict = decide(current, actor!, settings.ForbidSelfApproval);
                    if (!verdict.IsAllowed)
                    {
                        return await DenyAsync(call, work, AuthorizationDecision.Deny(verdict.DenialReason), sop.Action, recordId, cancellationToken).ConfigureAwait(false);
                    }

                    reason = verdict.Rule!.Name;
                }

                // The commit holds only if the actor's record is still the one just authorized.
                work.GuardActor(actor!.UserId, actor.Version);

                // Unique values are free (or the record's own); referenced records exist.
                var halt = await CheckUniqueAsync(call, work, sop.Inputs, values, recordId, sop.IdOf, cancellationToken).ConfigureAwait(false)
                    ?? await CheckReferencesAsync(call, work, sop.Inputs, values, cancellationToken).ConfigureAwait(false)
                    ?? await CheckDomainAsync(call, sop.Check, work, values, current, actor!, cancellationToken).ConfigureAwait(false);
                if (halt is not null)
                {
                    return halt;
                }

                // Update the requested changes with the current timestamp, and audit, in one commit.
                var now = time.GetUtcNow();
                var updated = sop.ApplyByActor is { } byActor ? byActor(in values, current, actorUserId, now) : sop.Apply!(in values, current, now);
                sop.Stage(work, updated);
                if (sop.Companions is { } companions)
                {
                    StageCompanions(companions, work, in values, current, updated, actorUserId, now);
                }

                work.AuditTrail.Append(SuccessEntry(call.EntityType, actorUserId, sop.Action, recordId, reason, now, changedFields, ChangedValues(sop.Inputs, in values, current, updated)));
                if (sop.Linked is { } linked && await linked(work, updated, now, cancellationToken).ConfigureAwait(false) is { } other)
                {
                    work.AuditTrail.Append(SuccessEntry(other.EntityType, actorUserId, AuditAction.Update, other.EntityId, reason, now, other.ChangedFields, other.ValueChanges));
                }

                var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    events.Succeeded(call.Operation, call.Activity, call.EntityType, recordId, actorUserId, reason);
                    return SopResult<TRecord>.Success(updated);
                }

                if (!Retries(call, commit, recordId, attempt))
                {
                    return CommitRefused(call, commit, sop.Inputs);
                }
            }
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            return await StorageFailedAsync(call, exception).ConfigureAwait(false);
        }
    }

    /// <summary>Reports an empty change set and each unknown or read-only field; returns whether every field may be set.</summary>
    private bool CheckShape<TRecord>(UpdateSop<TRecord> sop, ChangeSet changes, ref List<FieldError>? errors)
        where TRecord : class
    {
        if (changes.Count == 0)
        {
            (errors ??= []).Add(describe.EmptyChangeSet(InputNames.ChangeSet));
            return false;
        }

        var ok = true;
        foreach (var (name, _) in changes)
        {
            if (sop.FindInput(name) is not null)
            {
                continue;
            }

            ok = false;
            (errors ??= []).Add(DomainFields.For(sop.EntityType)?.Find(name) is null
                ? describe.UnknownField(FieldParser.SafeFieldName(name), sop.EntityType, sop.EditableList)
                : describe.NotEditable(name));
        }

        return ok;
    }

    /// <summary>Validates one change: a value is parsed by its field's rules; null clears an optional field and is refused for a required one.</summary>
    private void ReadChange<TRecord>(SopInput<ChangeSet, TRecord> input, string? raw, ref SopValues values, ref List<FieldError>? errors)
        where TRecord : class
    {
        if (raw is null)
        {
            if (input.Field.IsRequiredOnRecord)
            {
                (errors ??= []).Add(describe.Required(input.Name));
                return;
            }

            values.Set(input.Field.Index, new FieldValue { IsSet = true });
            return;
        }

        if (FieldParser.TryParse(input.Field, input.Name, raw, describe, ref errors, out var value))
        {
            values.Set(input.Field.Index, value);
        }
    }

    /// <summary>The record fields the change set sets, in the order given.</summary>
    private static string[] ChangedFields<TRecord>(UpdateSop<TRecord> sop, ChangeSet changes)
        where TRecord : class
    {
        var fields = new string[changes.Count];
        var i = 0;
        foreach (var (name, _) in changes)
        {
            fields[i++] = sop.FindInput(name)!.Field.Name;
        }

        return fields;
    }

    /// <summary>Old → new values of the enumerations and ids the change set sets, never personal or free text.</summary>
    private static AuditValueChange[] ChangedValues<TRecord>(SopInput<ChangeSet, TRecord>[] inputs, in SopValues values, TRecord before, TRecord after)
        where TRecord : class
    {
        // Indexed loops: enumerating the list through its interface would allocate an enumerator on every call.
        var count = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var field = inputs[i].Field;
            if (field.IsAuditedByValue && values.IsSet(field))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var changes = new AuditValueChange[count];
        var next = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var field = inputs[i].Field;
            if (field.IsAuditedByValue && values.IsSet(field))
            {
                changes[next++] = new AuditValueChange(field.Name, field.WireValue(before), field.WireValue(after));
            }
        }

        return changes;
    }
}
