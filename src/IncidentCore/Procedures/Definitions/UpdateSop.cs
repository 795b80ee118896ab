using System.Collections.Frozen;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Ports;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// An update SOP as data: the fields a change set may set (with their rules), how the record is found, changed and
/// staged, what the actor's association is checked against, and the sensitive facts the opt-in forbids look at.
/// </summary>
/// <typeparam name="TRecord">The record updated.</typeparam>
internal sealed class UpdateSop<TRecord>
    where TRecord : class
{
    private FrozenDictionary<string, SopInput<ChangeSet, TRecord>>? _byName;
    private SopDefinition? _definition;
    private string? _editableList;

    public required Operation Operation { get; init; }

    public required EntityType EntityType { get; init; }

    public required string IdField { get; init; }

    public required SopInput<ChangeSet, TRecord>[] Inputs { get; init; }

    public required RecordLookup<TRecord> Find { get; init; }

    public required Func<TRecord, string> IdOf { get; init; }

    /// <summary>Applies the validated changes (the SOP gives this or <see cref="ApplyByActor"/>).</summary>
    public RecordApplier<TRecord>? Apply { get; init; }

    /// <summary>Applies the validated changes when the record names the actor (an approval's approving user).</summary>
    public RecordApplierByActor<TRecord>? ApplyByActor { get; init; }

    public required Action<IUnitOfWork, TRecord> Stage { get; init; }

    /// <summary>What the actor asks, decided before the record is read (so a denial never reveals whether it exists).</summary>
    public Func<Operation, string, AuthorizationRequest> Request { get; init; } = static (operation, _) => new(operation);

    public SensitiveChangeCheck<TRecord>? Sensitive { get; init; }

    /// <summary>Picks the operation from what the change set does (a status-only change is its own operation); the SOP's own by default.</summary>
    public OperationChooser? OperationFor { get; init; }

    /// <summary>What an association rule is checked against once the record is read, for roles whose permission depends on it.</summary>
    public TargetResolver<TRecord>? Target { get; init; }

    /// <summary>Rules that need the current record or the store (a lifecycle move), checked after uniqueness and references.</summary>
    public DomainCheck<TRecord>? Check { get; init; }

    /// <summary>What the update writes beside its record (history rows), in the same commit.</summary>
    public CompanionWrites<TRecord>? Companions { get; init; }

    /// <summary>For an approval or rejection: whether the actor holds the role the request's approval rule requires; the rule is the audited reason.</summary>
    public ApprovalCheck<TRecord>? Decide { get; init; }

    /// <summary>What the update changes in another record, in the same commit and audited as that record's update.</summary>
    public LinkedWrite<TRecord>? Linked { get; init; }

    /// <summary>The audit action (update by default).</summary>
    public AuditAction Action { get; init; } = AuditAction.Update;

    public SopDefinition Definition => _definition ??= SopDescriber.Describe(Operation, SopKind.Update, EntityType, IdField, Inputs);

    public string EditableList => _editableList ??= string.Join(", ", Inputs.Select(i => i.Name));

    public SopInput<ChangeSet, TRecord>? FindInput(string name)
    {
        _byName ??= Inputs.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);
        return _byName.GetValueOrDefault(name);
    }
}
