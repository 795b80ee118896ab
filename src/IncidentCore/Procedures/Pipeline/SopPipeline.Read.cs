using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;
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
        ReadAsync(sop, actorUserId, sop.IdField, recordId, FieldKind.Id, sop.Find, cancellationToken);

    /// <summary>Reads a record by a unique value (for example a user by email), governed like a read by id.</summary>
    public ValueTask<SopResult<TRecord>> ReadByKeyAsync<TRecord>(ReadSop<TRecord> sop, RecordField<TRecord> field, string actorUserId, string value, CancellationToken cancellationToken)
        where TRecord : class =>
        ReadAsync(sop, actorUserId, field.Name, value, field.Kind, (work, given, ct) => field.FindByKey!(work, field.Key!(given), ct), cancellationToken);

    private async ValueTask<SopResult<TRecord>> ReadAsync<TRecord>(
        ReadSop<TRecord> sop, string actorUserId, string keyField, string? key, FieldKind keyKind, RecordLookup<TRecord> find, CancellationToken cancellationToken)
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
            await using var work = await _store.BeginAsync(cancellationToken).ConfigureAwait(false);
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

                decision = policy.Authorize(actor, sop.Target(sop.Operation, record));
                if (!decision.IsAllowed)
                {
                    return ReadDenied(call, decision);
                }
            }

            if (record is null)
            {
                return Halted(call, Procedures.HaltCode.NotFound, describe.RecordNotFound(sop.EntityType, keyField), [describe.NotFound(keyField, sop.EntityType)]);
            }

            events.Read(call.Operation, call.Activity, call.EntityType, actorUserId, decision.Reason);
            return SopResult<TRecord>.Success(record);
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
