using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>The checks that read the store: uniqueness of the values given, and existence of the records they name.</summary>
internal sealed partial class SopPipeline
{
    /// <summary>Every unique value given must be free, or held by <paramref name="currentId"/> itself (an update keeping its own value).</summary>
    private async ValueTask<Halt?> CheckUniqueAsync<TRequest, TRecord>(
        SopCall call, IUnitOfWork work, IReadOnlyList<SopInput<TRequest, TRecord>> inputs, SopValues values,
        string? currentId, Func<TRecord, string>? idOf, CancellationToken cancellationToken)
        where TRecord : class
    {
        List<FieldError>? duplicates = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = input.Field;
            if (field.FindByKey is null || !values.IsSet(field) || values.OptionalText(field) is not { } value)
            {
                continue;
            }

            var holder = await field.FindByKey(work, values.KeyOf(field) ?? field.Key!(value), cancellationToken).ConfigureAwait(false);
            if (holder is not null && (currentId is null || !string.Equals(idOf!(holder), currentId, StringComparison.Ordinal)))
            {
                (duplicates ??= []).Add(describe.Duplicate(input.Name, call.EntityType));
            }
        }

        return duplicates is null ? null : Halted(call, HaltCode.Duplicate, describe.Duplicates(call.EntityType, duplicates), duplicates);
    }

    /// <summary>Every id given must name an existing record of the kind its field references.</summary>
    private async ValueTask<Halt?> CheckReferencesAsync<TRequest, TRecord>(
        SopCall call, IUnitOfWork work, IReadOnlyList<SopInput<TRequest, TRecord>> inputs, SopValues values, CancellationToken cancellationToken)
        where TRecord : class
    {
        List<FieldError>? missing = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = input.Field;
            if (field.References is not { } entityType || !values.IsSet(field) || values.OptionalText(field) is not { } id)
            {
                continue;
            }

            var exists = field.Exists is { } lookup
                ? await lookup(work, id, cancellationToken).ConfigureAwait(false)
                : await ExistsAsync(work, entityType, id, cancellationToken).ConfigureAwait(false);
            if (!exists)
            {
                (missing ??= []).Add(describe.NotFound(input.Name, entityType));
            }
        }

        return missing is null ? null : Halted(call, HaltCode.NotFound, describe.ReferencesNotFound(missing), missing);
    }

    private static async ValueTask<bool> ExistsAsync(IUnitOfWork work, EntityType entityType, string id, CancellationToken cancellationToken) => entityType switch
    {
        EntityType.Client => await work.Clients.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        EntityType.User => await work.Users.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        EntityType.Vendor => await work.Vendors.FindByIdAsync(id, cancellationToken).ConfigureAwait(false) is not null,
        _ => throw new InvalidOperationException($"No lookup for references to {entityType}."),
    };

    /// <summary>The SOP's own rules that need the store or the current record.</summary>
    private async ValueTask<Halt?> CheckDomainAsync<TRecord>(
        SopCall call, DomainCheck<TRecord>? check, IUnitOfWork work, SopValues values, TRecord? current, User actor, CancellationToken cancellationToken)
        where TRecord : class
    {
        if (check is null || await check(new SopCheck<TRecord>(work, values, current, actor, time.GetUtcNow(), describe, policy), cancellationToken).ConfigureAwait(false) is not { } failure)
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
    private static string InputNameOf<TRequest, TRecord>(IReadOnlyList<SopInput<TRequest, TRecord>> inputs, string recordField)
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
