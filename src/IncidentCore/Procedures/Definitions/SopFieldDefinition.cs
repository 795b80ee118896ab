using IncidentCore.Domain;
using IncidentCore.Domain.Fields;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// One input of an SOP as a host sees it: enough to build a request schema (JSON schema, tool schema, form) that
/// matches what the library will accept.
/// </summary>
public sealed class SopFieldDefinition
{
    internal SopFieldDefinition(
        string name,
        string recordField,
        FieldKind kind,
        FieldClassification classification,
        int maximumLength,
        bool isRequired,
        string? defaultValue,
        bool isUnique,
        EntityType? references,
        IReadOnlyList<string> allowedValues)
    {
        Name = name;
        RecordField = recordField;
        Kind = kind;
        Classification = classification;
        MaximumLength = maximumLength;
        IsRequired = isRequired;
        DefaultValue = defaultValue;
        IsUnique = isUnique;
        References = references;
        AllowedValues = allowedValues;
    }

    /// <summary>The input's wire name (for example <c>vendor_email</c>).</summary>
    public string Name { get; }

    /// <summary>The record field it sets (for example <c>contact_email</c>); the same as <see cref="Name"/> for most inputs.</summary>
    public string RecordField { get; }

    /// <summary>What kind of value it holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>Whether it is personal data, free text, an enumeration, an id or a timestamp.</summary>
    public FieldClassification Classification { get; }

    /// <summary>The longest value accepted, in characters (0 when the kind has no length limit of its own).</summary>
    public int MaximumLength { get; }

    /// <summary>For a create: the input must be given. For an update: the field may be set but never cleared.</summary>
    public bool IsRequired { get; }

    /// <summary>The wire value used when a create leaves the input out, if any.</summary>
    public string? DefaultValue { get; }

    /// <summary>Whether the value must be unique among records of its kind (compared by its normalised key).</summary>
    public bool IsUnique { get; }

    /// <summary>The kind of record this input must name, when it is a reference.</summary>
    public EntityType? References { get; }

    /// <summary>For an enumeration: every accepted wire value; otherwise empty.</summary>
    public IReadOnlyList<string> AllowedValues { get; }
}
