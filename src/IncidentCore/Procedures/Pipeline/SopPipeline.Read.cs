using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// The steps of a read. A role no row could permit is denied before anything is read; an actor whose permission
/// depends on an association gets the same denial for a record that does not exist as for someone else's, so a
/// denial never reveals existence. Reads are not audited; denials are logged.
/// </summary>
internal sealed partial class SopPipeline
{
    public ValueTask<SopResult<TRecord>> ReadAsync<TRecord>(ReadSop<TRecord> sop, string actorUserId, string recordId, CancellationToken cancellationToken)
        where TRecord : class =>
        ReadAsync(sop, actorUserId, sop.IdField, recordId, FieldKind.Id, sop.Find, static (_, record, _) => ValueTask.FromResult(record), cancellationToken);

    /// <summary>Reads a record and what belongs to it (an incident with its history), in the same unit of work, once the read is allowed.</summary>
    public ValueTask<SopResult<TResult>> ReadAsync<TRecord, TResult>(
        ReadSop<TRecord> sop, string actorUserId, string recordId, Func<IUnitOfWork, TRecord, CancellationToken, ValueTask<TResult>> expand, CancellationToken cancellationToken)
        where TRecord : class =>
        ReadAsync(sop, actorUserId, sop.IdField, recordId, FieldKind.Id, sop.Find, expand, cancellationToken);

    /// <summary>Reads a record by a unique value (for example a user by email), governed like a read by id.</summary>
    public ValueTask<SopResult<TRecord>> ReadByKeyAsync<TRecord>(ReadSop<TRecord> sop, RecordField<TRecord> field, string actorUserId, string value, CancellationToken cancellationToken)
        where TRecord : class =>
        ReadAsync(sop, actorUserId, field.Name, value, field.Kind, (work, given, ct) => field.FindByKey!(work, field.Key!(given), ct),
            static (_, record, _) => ValueTask.FromResult(record), cancellationToken);

    private async ValueTask<SopResult<TResult>> ReadAsync<TRecord, TResult>(
        ReadSop<TRecord> sop, string actorUserId, string keyField, string? key, FieldKind keyKind, RecordLookup<TRecord> find,
        Func<IUnitOfWork, TRecord, CancellationToken, ValueTask<TResult>> expand, CancellationToken cancellationToken)
        where TRecord : class
    {
        var call = Begin(sop.Operation, sop.EntityType, sop.Definition, actorUserId);
        using var activity = call.Activity;

        List<FieldError>? errors = null;
        CheckActorId(actorUserId, ref errors);
        if (keyKind == FieldKind.Email)
        {
            if (key is null)
            {
                (errors ??= []).Add(describe.Required(keyField));
            }
            else if (!EmailAddress.IsValid(key))
            {
                (errors ??= []).Add(describe.InvalidEmail(keyField));
            }
        }
        else
        {
            CheckRecordId(keyField, key, ref errors);
        }

        if (errors is not null)
        {
            return ValidationFailed(call, errors);
        }

        try
        {
            await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);
            var work = scope.Work;
            var actor = await work.Users.FindByIdAsync(actorUserId, cancellationToken).ConfigureAwait(false);

            // Decided before anything is read: an unknown or inactive actor, or a role no row permits, is denied here.
            var asked = new AuthorizationRequest(sop.Operation);
            var decision = policy.Authorize(actor, asked);
            if (!decision.IsAllowed && !decision.DependsOnTheRecord())
            {
                return ReadDenied(call, decision);
            }

            var record = await find(work, key!, cancellationToken).ConfigureAwait(false);
            if (!decision.IsAllowed)
            {
                // Permission depends on the record: a missing record is denied exactly as someone else's is.
                if (record is null)
                {
                    return ReadDenied(call, decision);
                }

                var target = sop.ResolveTarget is { } resolve
                    ? await ResolveTargetAsync(resolve, work, sop.Operation, record, cancellationToken).ConfigureAwait(false)
                    : sop.Target!(sop.Operation, record);
                if (target is { } recordTarget)
                {
                    decision = policy.Authorize(actor, recordTarget);
                }

                if (!decision.IsAllowed)
                {
                    return ReadDenied(call, decision);
                }
            }

            if (record is null)
            {
                return Halted(call, Procedures.HaltCode.NotFound, describe.RecordNotFound(sop.EntityType, keyField), [describe.NotFound(keyField, sop.EntityType)]);
            }

            var result = await expand(work, record, cancellationToken).ConfigureAwait(false);
            events.Read(call.Operation, call.Activity, call.EntityType, actorUserId, decision.Reason);
            return SopResult<TResult>.Success(result!);
        }
        catch (Exception exception) when (IsStorageFailure(exception, cancellationToken))
        {
            return await StorageFailedAsync(call, exception).ConfigureAwait(false);
        }
    }

    private Halt ReadDenied(in SopCall call, in AuthorizationDecision decision)
    {
        events.ReadDenied(call.Operation, call.Activity, call.ActorUserId, decision.Reason);
        return new Halt(HaltCode.Unauthorized, describe.Denied(call.Operation, decision.DenialReason, decision.Reason), null, decision.DenialReason);
    }
}
