using System.Collections.Concurrent;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// A create SOP as data: its inputs (each a record field with its rules), how the record is built and staged, and any
/// sensitive facts the opt-in forbids look at. The pipeline runs it in the policy's order.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TRecord">The record created.</typeparam>
internal sealed class CreateSop<TRequest, TRecord>
    where TRecord : class
{
    private readonly ConcurrentDictionary<int, string[]> _changedFields = new();
    private readonly ConcurrentDictionary<long, AuditValueChange[]> _createdValues = new();
    private SopDefinition? _definition;

    public required Operation Operation { get; init; }

    public required EntityType EntityType { get; init; }

    public required string IdField { get; init; }

    public required SopInput<TRequest, TRecord>[] Inputs { get; init; }

    public required RecordBuilder<TRecord> Build { get; init; }

    public required Action<IUnitOfWork, TRecord> Stage { get; init; }

    public SensitiveChangeCheck<TRecord>? Sensitive { get; init; }

    /// <summary>Rules across inputs (a classification, a status that must be the initial one), checked with the others.</summary>
    public CrossFieldCheck<TRequest>? Validate { get; init; }

    /// <summary>What an association rule is checked against, for roles whose permission depends on it.</summary>
    public TargetResolver<TRecord>? Target { get; init; }

    /// <summary>Rules that need the store, checked after uniqueness and references.</summary>
    public DomainCheck<TRecord>? Check { get; init; }

    /// <summary>For a request that needs approval: approves it as it is made when its approval rule allows (audited as approve in the same commit).</summary>
    public RequestApproval<TRecord>? ApproveOnRequest { get; init; }

    /// <summary>The audit action (create, or escalate for an escalation).</summary>
    public AuditAction Action { get; init; } = AuditAction.Create;

    public SopDefinition Definition => _definition ??= SopDescriber.Describe(Operation, SopKind.Create, EntityType, IdField, Inputs);

    /// <summary>
    /// The audit values of a create whose audited inputs are all enumerations: there are few combinations, so each
    /// list is made once and shared (it is never changed). <paramref name="combination"/> packs each input's value.
    /// </summary>
    public AuditValueChange[] SharedCreatedValues(long combination, in SopValues values) =>
        _createdValues.TryGetValue(combination, out var shared)
            ? shared
            : _createdValues.GetOrAdd(combination, static (_, state) => CreatedValues(state.Inputs, in state.Values), (Inputs, Values: values));

    /// <summary>The values a creation audits: enumerations and ids only, never personal or free text.</summary>
    public static AuditValueChange[] CreatedValues(SopInput<TRequest, TRecord>[] inputs, in SopValues values)
    {
        // Indexed loops: enumerating the list through its interface would allocate an enumerator on every call.
        var count = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Field.IsAuditedByValue && values.OptionalText(inputs[i].Field) is not null)
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
            if (field.IsAuditedByValue && values.OptionalText(field) is { } value)
            {
                changes[next++] = field.CreatedValue(value);
            }
        }

        return changes;
    }

    /// <summary>The record fields a create with these inputs set, in the definition's order; one shared array per combination.</summary>
    public string[] ChangedFields(int setMask) => _changedFields.GetOrAdd(setMask, static (mask, inputs) =>
    {
        var fields = new List<string>(inputs.Length);
        for (var i = 0; i < inputs.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                fields.Add(inputs[i].Field.Name);
            }
        }

        return [.. fields];
    }, Inputs);
}
