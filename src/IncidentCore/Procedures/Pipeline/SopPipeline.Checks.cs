using System.Runtime.CompilerServices;
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>The checks that read the store: uniqueness of the values given, and existence of the records they name.</summary>
internal sealed partial class SopPipeline
{
    // Each check runs synchronously while the store answers synchronously (an in-memory store, a cache), so the
    // call's values are read in place and never copied; the first lookup still pending moves the rest of the check
    // to an asynchronous continuation, which takes its own copy of the values. The continuations are never inlined:
    // an inlined async method brings its state machine (values included) into the caller's frame, which the runtime
    // then clears on every call.

    /// <summary>Every unique value given must be free, or held by <paramref name="currentId"/> itself (an update keeping its own value).</summary>
    private ValueTask<Halt?> CheckUniqueAsync<TRequest, TRecord>(
        in SopCall call, IUnitOfWork work, SopInput<TRequest, TRecord>[] inputs, in SopValues values,
        string? currentId, Func<TRecord, string>? idOf, CancellationToken cancellationToken)
        where TRecord : class
    {
        List<FieldError>? duplicates = null;
        var byValue = work is IFindsByTextKeyRule;
        for (var i = NextUnique(inputs, 0, in values, byValue, out var key); i < inputs.Length; i = NextUnique(inputs, i + 1, in values, byValue, out key))
        {
            var lookup = inputs[i].Field.FindByKey!(work, key!, cancellationToken);
            if (!lookup.IsCompletedSuccessfully)
            {
                return CheckUniqueLaterAsync(call, work, inputs, values, currentId, idOf, i, lookup, duplicates, cancellationToken);
            }

            NoteHolder(call, inputs[i], lookup.Result, currentId, idOf, ref duplicates);
        }

        return new(Duplicates(call, duplicates));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async ValueTask<Halt?> CheckUniqueLaterAsync<TRequest, TRecord>(
        SopCall call, IUnitOfWork work, SopInput<TRequest, TRecord>[] inputs, SopValues values,
        string? currentId, Func<TRecord, string>? idOf, int pendingIndex, ValueTask<TRecord?> pending, List<FieldError>? duplicates,
        CancellationToken cancellationToken)
        where TRecord : class
    {
        NoteHolder(call, inputs[pendingIndex], await pending.ConfigureAwait(false), currentId, idOf, ref duplicates);
        var byValue = work is IFindsByTextKeyRule;
        for (var i = NextUnique(inputs, pendingIndex + 1, in values, byValue, out var key); i < inputs.Length; i = NextUnique(inputs, i + 1, in values, byValue, out key))
        {
            NoteHolder(call, inputs[i], await inputs[i].Field.FindByKey!(work, key!, cancellationToken).ConfigureAwait(false), currentId, idOf, ref duplicates);
        }

        return Duplicates(call, duplicates);
    }

    /// <summary>
    /// The index of the next input, from <paramref name="from"/>, that gives a value for a unique field, with the
    /// value's key, or the value itself where the store compares by the text key rule (<paramref name="byValue"/>).
    /// </summary>
    private static int NextUnique<TRequest, TRecord>(SopInput<TRequest, TRecord>[] inputs, int from, in SopValues values, bool byValue, out string? key)
        where TRecord : class
    {
        for (var i = from; i < inputs.Length; i++)
        {
            var field = inputs[i].Field;
            if (field.FindByKey is not null && values.IsSet(field) && values.OptionalText(field) is { } value)
            {
                key = values.KeyOf(field) ?? (byValue && field.KeyIsTextKey ? value : field.Key!(value));
                return i;
            }
        }

        key = null;
        return inputs.Length;
    }

    private void NoteHolder<TRequest, TRecord>(in SopCall call, SopInput<TRequest, TRecord> input, TRecord? holder, string? currentId, Func<TRecord, string>? idOf, ref List<FieldError>? duplicates)
        where TRecord : class
    {
        if (holder is not null && (currentId is null || !string.Equals(idOf!(holder), currentId, StringComparison.Ordinal)))
        {
            (duplicates ??= []).Add(describe.Duplicate(input.Name, call.EntityType));
        }
    }

    private Halt? Duplicates(in SopCall call, List<FieldError>? duplicates) =>
        duplicates is null ? null : Halted(call, HaltCode.Duplicate, describe.Duplicates(call.EntityType, duplicates), duplicates);

    /// <summary>Every id given must name an existing record of the kind its field references.</summary>
    private ValueTask<Halt?> CheckReferencesAsync<TRequest, TRecord>(
        in SopCall call, IUnitOfWork work, SopInput<TRequest, TRecord>[] inputs, in SopValues values, CancellationToken cancellationToken)
        where TRecord : class
    {
        List<FieldError>? missing = null;
        for (var i = NextReference(inputs, 0, in values, out var id); i < inputs.Length; i = NextReference(inputs, i + 1, in values, out id))
        {
            var lookup = Exists(work, inputs[i].Field, id!, cancellationToken);
            if (!lookup.IsCompletedSuccessfully)
            {
                return CheckReferencesLaterAsync(call, work, inputs, values, i, lookup, missing, cancellationToken);
            }

            NoteExists(inputs[i], lookup.Result, ref missing);
        }

        return new(ReferencesNotFound(call, missing));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async ValueTask<Halt?> CheckReferencesLaterAsync<TRequest, TRecord>(
        SopCall call, IUnitOfWork work, SopInput<TRequest, TRecord>[] inputs, SopValues values,
        int pendingIndex, ValueTask<bool> pending, List<FieldError>? missing, CancellationToken cancellationToken)
        where TRecord : class
    {
        NoteExists(inputs[pendingIndex], await pending.ConfigureAwait(false), ref missing);
        for (var i = NextReference(inputs, pendingIndex + 1, in values, out var id); i < inputs.Length; i = NextReference(inputs, i + 1, in values, out id))
        {
            NoteExists(inputs[i], await Exists(work, inputs[i].Field, id!, cancellationToken).ConfigureAwait(false), ref missing);
        }

        return ReferencesNotFound(call, missing);
    }

    /// <summary>The index of the next input, from <paramref name="from"/>, that names a record by id, with the id.</summary>
    private static int NextReference<TRequest, TRecord>(SopInput<TRequest, TRecord>[] inputs, int from, in SopValues values, out string? id)
        where TRecord : class
    {
        for (var i = from; i < inputs.Length; i++)
        {
            var field = inputs[i].Field;
            if (field.References is not null && values.IsSet(field) && values.OptionalText(field) is { } given)
            {
                id = given;
                return i;
            }
        }

        id = null;
        return inputs.Length;
    }

    private static ValueTask<bool> Exists<TRecord>(IUnitOfWork work, RecordField<TRecord> field, string id, CancellationToken cancellationToken)
        where TRecord : class =>
        field.Exists is { } lookup ? lookup(work, id, cancellationToken) : ExistsAsync(work, field.References!.Value, id, cancellationToken);

    private void NoteExists<TRequest, TRecord>(SopInput<TRequest, TRecord> input, bool exists, ref List<FieldError>? missing)
        where TRecord : class
    {
        if (!exists)
        {
            (missing ??= []).Add(describe.NotFound(input.Name, input.Field.References!.Value));
        }
    }

    private Halt? ReferencesNotFound(in SopCall call, List<FieldError>? missing) =>
        missing is null ? null : Halted(call, HaltCode.NotFound, describe.ReferencesNotFound(missing), missing);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async ValueTask<bool> ExistsAsync(IUnitOfWork work, EntityType entityType, string id, CancellationToken cancellationToken) => entityType switch
    {
        EntityType.Client => await work.Clients.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        EntityType.User => await work.Users.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        EntityType.Vendor => await work.Vendors.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        _ => throw new InvalidOperationException($"No lookup for references to {entityType}."),
    };

    /// <summary>The SOP's own rules that need the store or the current record (none for most SOPs: then nothing runs).</summary>
    private ValueTask<Halt?> CheckDomainAsync<TRecord>(
        in SopCall call, DomainCheck<TRecord>? check, IUnitOfWork work, in SopValues values, TRecord? current, User actor, CancellationToken cancellationToken)
        where TRecord : class =>
        check is null ? default : StartDomainCheck(call, check, work, in values, current, actor, cancellationToken);

    // Out of line: the check's context holds a copy of the values, which would otherwise sit in every caller's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValueTask<Halt?> StartDomainCheck<TRecord>(
        in SopCall call, DomainCheck<TRecord> check, IUnitOfWork work, in SopValues values, TRecord? current, User actor, CancellationToken cancellationToken)
        where TRecord : class =>
        RunDomainCheckAsync(call, check, new SopCheck<TRecord>(work, values, current, actor, time.GetUtcNow(), describe, policy), cancellationToken);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private async ValueTask<Halt?> RunDomainCheckAsync<TRecord>(SopCall call, DomainCheck<TRecord> check, SopCheck<TRecord> context, CancellationToken cancellationToken)
        where TRecord : class
    {
        if (await check(context, cancellationToken).ConfigureAwait(false) is not { } failure)
        {
            return null;
        }

        return failure.Code switch
        {
            HaltCode.NotFound => Halted(call, HaltCode.NotFound, describe.ReferencesNotFound(failure.Errors), failure.Errors),
            HaltCode.Duplicate => Halted(call, HaltCode.Duplicate, describe.Duplicates(call.EntityType, failure.Errors), failure.Errors),
            _ => Halted(call, HaltCode.ValidationFailed, describe.ValidationFailed(failure.Errors), failure.Errors),
        };
    }

    /// <summary>The input's name for a record field (a commit names the record field whose key was taken).</summary>
    private static string InputNameOf<TRequest, TRecord>(SopInput<TRequest, TRecord>[] inputs, string recordField)
        where TRecord : class
    {
        foreach (var input in inputs)
        {
            if (string.Equals(input.Field.Name, recordField, StringComparison.Ordinal))
            {
                return input.Name;
            }
        }

        return recordField;
    }
}
