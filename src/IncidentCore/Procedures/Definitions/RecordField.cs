using System.Collections.Frozen;
using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// One field of a record, said once: its wire name, kind, length limit, classification (from <see cref="DomainFields"/>),
/// unique key and reference. Every SOP on the record reuses it, so validation, uniqueness, references and audit agree.
/// </summary>
/// <typeparam name="TRecord">The record.</typeparam>
internal sealed class RecordField<TRecord>
    where TRecord : class
{
    public RecordField(FieldCatalog catalog, int index, string name, FieldKind kind, Func<TRecord, string?> wireValue)
    {
        var definition = catalog.Find(name) ?? throw new ArgumentException($"{catalog.EntityType} has no field '{name}'.", nameof(name));
        Index = index;
        Name = name;
        Kind = kind;
        Classification = definition.Classification;
        IsRequiredOnRecord = definition.IsRequired;
        IsEditable = definition.IsEditable;
        WireValue = wireValue;
        MaximumLength = kind switch
        {
            FieldKind.Text => TextRules.MaximumLength,
            FieldKind.Email => EmailAddress.MaximumLength,
            FieldKind.Id => TextRules.MaximumIdLength,
            _ => 0,
        };
    }

    /// <summary>The field's slot in <see cref="Pipeline.SopValues"/>; fixed per record.</summary>
    public int Index { get; }

    public string Name { get; }

    public FieldKind Kind { get; }

    public FieldClassification Classification { get; }

    public bool IsRequiredOnRecord { get; }

    public bool IsEditable { get; }

    public int MaximumLength { get; init; }

    public EnumTable? Enumeration { get; init; }

    /// <summary>For an integer: the smallest value accepted.</summary>
    public long Minimum { get; init; } = long.MinValue;

    /// <summary>For an integer: the largest value accepted.</summary>
    public long Maximum { get; init; } = long.MaxValue;

    /// <summary>Finds the record holding an id, for an id field that references another record (beyond clients, users and vendors).</summary>
    public Func<Ports.IUnitOfWork, string, CancellationToken, ValueTask<bool>>? Exists { get; init; }

    /// <summary>Turns a value into the key it is compared by, for a unique field.</summary>
    public Func<string, string>? Key { get; init; }

    /// <summary>
    /// Whether <see cref="Key"/> is the text key rule alone (<see cref="UniqueKeys.Email"/> and the like), so that a
    /// store that compares by that rule (<see cref="Ports.IFindsByTextKeyRule"/>) can be given the value instead.
    /// </summary>
    public bool KeyIsTextKey { get; init; }

    /// <summary>Finds the record holding a key, for a unique field.</summary>
    public RecordLookup<TRecord>? FindByKey { get; init; }

    /// <summary>The kind of record an id field must name.</summary>
    public EntityType? References { get; init; }

    /// <summary>The field's value on a record, in wire form (for audit old → new values).</summary>
    public Func<TRecord, string?> WireValue { get; }

    /// <summary>Whether the audit trail may record this field's values (enumerations and ids only).</summary>
    public bool IsAuditedByValue => Classification is FieldClassification.Enumeration or FieldClassification.Identifier or FieldClassification.Number;

    public bool IsUnique => Key is not null;

    /// <summary>The audit value of a creation setting this field (null → value); shared for enumeration values.</summary>
    public AuditValueChange CreatedValue(string value)
    {
        if (Enumeration is null)
        {
            return new AuditValueChange(Name, null, value);
        }

        _created ??= Enumeration.WireNames.ToFrozenDictionary(n => n, n => new AuditValueChange(Name, null, n), StringComparer.Ordinal);
        return _created.TryGetValue(value, out var shared) ? shared : new AuditValueChange(Name, null, value);
    }

    private FrozenDictionary<string, AuditValueChange>? _created;
}
