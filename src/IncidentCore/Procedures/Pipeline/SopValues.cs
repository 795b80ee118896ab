using System.Runtime.CompilerServices;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// The validated inputs of one call, one slot per record field. A value type with inline storage: validating a call
/// allocates nothing for its values.
/// </summary>
internal struct SopValues
{
    public const int Capacity = 24;

    private Slots _slots;

    public readonly bool IsSet<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].IsSet;

    /// <summary>The text of a field that must have a value (validated as required).</summary>
    public readonly string Text<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].Text!;

    /// <summary>The text of an optional field, or <see langword="null"/> when absent or cleared.</summary>
    public readonly string? OptionalText<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].Text;

    /// <summary>The enumeration number of a field.</summary>
    public readonly long Number<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].Number;

    /// <summary>For an update: the new text when the change set sets the field, else the current one.</summary>
    public readonly string TextOr<TRecord>(RecordField<TRecord> field, string current)
        where TRecord : class => _slots[field.Index].IsSet ? _slots[field.Index].Text! : current;

    /// <summary>For an update: the new text (possibly cleared) when the change set sets the field, else the current one.</summary>
    public readonly string? OptionalTextOr<TRecord>(RecordField<TRecord> field, string? current)
        where TRecord : class => _slots[field.Index].IsSet ? _slots[field.Index].Text : current;

    /// <summary>For an update: the new enumeration number when set, else the current one.</summary>
    public readonly long NumberOr<TRecord>(RecordField<TRecord> field, long current)
        where TRecord : class => _slots[field.Index].IsSet ? _slots[field.Index].Number : current;

    /// <summary>The instant of a timestamp field (UTC).</summary>
    public readonly DateTimeOffset Timestamp<TRecord>(RecordField<TRecord> field)
        where TRecord : class => new(_slots[field.Index].Number, TimeSpan.Zero);

    /// <summary>The instant of an optional timestamp field, or <see langword="null"/>.</summary>
    public readonly DateTimeOffset? OptionalTimestamp<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].IsSet && _slots[field.Index].Text is not null ? new(_slots[field.Index].Number, TimeSpan.Zero) : null;

    /// <summary>The unique key of a field's value, as validation computed it.</summary>
    public readonly string? KeyOf<TRecord>(RecordField<TRecord> field)
        where TRecord : class => _slots[field.Index].Key;

    public readonly FieldValue this[int index] => _slots[index];

    public void Set(int index, FieldValue value) => _slots[index] = value;

    [InlineArray(Capacity)]
    private struct Slots
    {
        private FieldValue _first;
    }
}
