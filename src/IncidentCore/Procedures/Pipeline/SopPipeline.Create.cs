using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>The steps of a create SOP.</summary>
internal sealed partial class SopPipeline
{
    public async ValueTask<SopResult<string>> CreateAsync<TRequest, TRecord>(CreateSop<TRequest, TRecord> sop, string actorUserId, TRequest request, CancellationToken cancellationToken)
        where TRecord : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = Begin(sop.Operation, sop.EntityType, sop.Definition, actorUserId);
        using var activity = call.Activity;

        // Validate: every required input present and every value well formed, all errors in one pass.
        List<FieldError>? errors = null;
        CheckActorId(actorUserId, ref errors);
        var values = new SopValues();
        var given = ReadInputs(sop, request, ref values, ref errors);
        if (sop.Validate is { } crossCheck)
        {
            // Cross-field rules may fill computed inputs (a classified severity): they count as given.
            crossCheck(request, ref values, ref errors, describe, time.GetUtcNow());
            given = GivenMask(sop.Inputs, in values);
        }
        if (errors is not null)
        {
            return ValidationFailed(call, errors);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);
                var work = scope.Work;

                // Authorize the actor as the store knows it, then what the call does (for the opt-in forbids).
                var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);
                var asked = new AuthorizationRequest(sop.Operation);
                var decision = policy.Authorize(actor, asked);
                if (!decision.IsAllowed && decision.DependsOnTheRecord() && sop.Target is { } resolve)
                {
                    // Permission depends on a record the inputs name: a missing one is denied exactly as someone else's.
                    if (await ResolveTargetAsync(resolve, work, sop.Operation, in values, null, cancellationToken).ConfigureAwait(false) is { } target)
                    {
                        asked = target;
                        decision = policy.Authorize(actor, asked);
                    }
                }

                var sensitive = decision.IsAllowed && sop.Sensitive is { } check ? check(actor!, in values, null) : SensitiveChange.None;
                if (sensitive != SensitiveChange.None)
                {
                    decision = policy.Authorize(actor, asked with { Changes = sensitive });
                }

                if (!decision.IsAllowed)
                {
                    return await DenyAsync(call, work, decision, sop.Action, null, cancellationToken).ConfigureAwait(false);
                }

                // The commit holds only if the actor's record is still the one just authorized.
                work.GuardActor(actor!.UserId, actor.Version);

                // Unique values are free; referenced records exist.
                var halt = await CheckUniqueAsync(call, work, sop.Inputs, values, null, null, cancellationToken).ConfigureAwait(false)
                    ?? await CheckReferencesAsync(call, work, sop.Inputs, values, cancellationToken).ConfigureAwait(false)
                    ?? await CheckDomainAsync(call, sop.Check, work, values, null, actor, cancellationToken).ConfigureAwait(false);
                if (halt is not null)
                {
                    return halt;
                }

                // Create the record and its audit entry, in one commit.
                var now = time.GetUtcNow();
                var id = ids.NewId(sop.EntityType);
                var record = sop.Build(in values, id, actorUserId, now);
                var approval = sop.ApproveOnRequest?.Invoke(record, actor, settings.ForbidSelfApproval);
                sop.Stage(work, approval?.Record ?? record);
                work.AuditTrail.Append(SuccessEntry(call, sop.Action, id, decision, now, sop.ChangedFields(given), CreatedValues(sop, in values)));
                if (approval is not null)
                {
                    // Approved as it was made (pre-approved, or by a requester holding the required role): audited in the same commit.
                    work.AuditTrail.Append(SuccessEntry(call.EntityType, actorUserId, AuditAction.Approve, id, approval.Rule.Name, now, approval.ChangedFields, approval.ValueChanges));
                }

                var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (commit.IsCommitted)
                {
                    events.Succeeded(call.Operation, call.Activity, call.EntityType, id, actorUserId, decision.Reason);
                    return SopResult<string>.Success(id);
                }

                if (!Retries(call, commit, null, attempt))
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

    /// <summary>Validates every input of a create; returns which inputs give the record a value (a bit per input).</summary>
    private int ReadInputs<TRequest, TRecord>(CreateSop<TRequest, TRecord> sop, TRequest request, ref SopValues values, ref List<FieldError>? errors)
        where TRecord : class
    {
        var given = 0;
        for (var i = 0; i < sop.Inputs.Length; i++)
        {
            var input = sop.Inputs[i];
            if (ReadInput(input, input.Read!(request), ref values, ref errors))
            {
                given |= 1 << i;
            }
        }

        return given;
    }

    private static int GivenMask<TRequest, TRecord>(SopInput<TRequest, TRecord>[] inputs, in SopValues values)
        where TRecord : class
    {
        var given = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (values.IsSet(inputs[i].Field))
            {
                given |= 1 << i;
            }
        }

        return given;
    }

    /// <summary>Validates one create input; a left-out optional input takes its default. Returns whether the record gets a value.</summary>
    private bool ReadInput<TRequest, TRecord>(SopInput<TRequest, TRecord> input, string? raw, ref SopValues values, ref List<FieldError>? errors)
        where TRecord : class
    {
        if (raw is null)
        {
            if (input.IsRequired)
            {
                (errors ??= []).Add(describe.Required(input.Name));
                return false;
            }

            if (!input.HasDefault)
            {
                return false;
            }

            values.Set(input.Field.Index, new FieldValue { Text = input.DefaultText, Number = input.DefaultNumber, IsSet = true });
            return true;
        }

        if (!FieldParser.TryParse(input.Field, input.Name, raw, describe, ref errors, out var value))
        {
            return false;
        }

        values.Set(input.Field.Index, value);
        return true;
    }

    /// <summary>
    /// The values a creation audits: enumerations and ids only, never personal or free text. When every audited value
    /// is an enumeration the list is shared between calls with the same values.
    /// </summary>
    private static AuditValueChange[] CreatedValues<TRequest, TRecord>(CreateSop<TRequest, TRecord> sop, in SopValues values)
        where TRecord : class
    {
        var inputs = sop.Inputs;
        long combination = 0;
        var shareable = inputs.Length <= 12;
        for (var i = 0; i < inputs.Length && shareable; i++)
        {
            var field = inputs[i].Field;
            if (field.IsAuditedByValue && values.OptionalText(field) is not null)
            {
                shareable = field.Enumeration is not null && values.Number(field) is >= 0 and < 31;
                combination |= (values.Number(field) + 1) << (i * 5);
            }
        }

        return shareable ? sop.SharedCreatedValues(combination, in values) : CreateSop<TRequest, TRecord>.CreatedValues(inputs, in values);
    }
}
