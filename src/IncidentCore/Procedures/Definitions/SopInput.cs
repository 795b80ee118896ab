using IncidentCore.Domain;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// A record field as one SOP takes it: under which input name, whether it must be given, and its default.
/// For a create it also says where the request carries it.
/// </summary>
/// <typeparam name="TRequest">The create request, or <see cref="ChangeSet"/> for an update.</typeparam>
/// <typeparam name="TRecord">The record.</typeparam>
internal sealed class SopInput<TRequest, TRecord>
    where TRecord : class
{
    public SopInput(RecordField<TRecord> field, Func<TRequest, string?>? read = null)
    {
        Field = field;
        Read = read;
        Name = field.Name;
    }

    public RecordField<TRecord> Field { get; }

    /// <summary>Where a create request carries the value.</summary>
    public Func<TRequest, string?>? Read { get; }

    /// <summary>The input's wire name; the record field's name unless the SOP names it otherwise.</summary>
    public string Name { get; private init; }

    public bool IsRequired { get; private init; }

    public bool HasDefault { get; private init; }

    public string? DefaultText { get; private init; }

    public long DefaultNumber { get; private init; }

    /// <summary>The input must be given.</summary>
    public SopInput<TRequest, TRecord> Required() => new(Field, Read) { Name = Name, IsRequired = true };

    /// <summary>The input is optional; when left out, the enumeration value <paramref name="value"/> is used.</summary>
    public SopInput<TRequest, TRecord> Default<TEnum>(TEnum value, WireNameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        var text = table.ToWireName(value);
        Field.Enumeration!.TryParse(text, out var number);
        return new(Field, Read) { Name = Name, HasDefault = true, DefaultText = text, DefaultNumber = number };
    }

    /// <summary>The input is optional; when left out, <paramref name="text"/> is used.</summary>
    public SopInput<TRequest, TRecord> Default(string text) => new(Field, Read) { Name = Name, HasDefault = true, DefaultText = text };

    /// <summary>The SOP names the input differently from the record field (vendor_email for contact_email).</summary>
    public SopInput<TRequest, TRecord> Named(string name) =>
        new(Field, Read) { Name = name, IsRequired = IsRequired, HasDefault = HasDefault, DefaultText = DefaultText, DefaultNumber = DefaultNumber };
}
