using IncidentCore.Domain;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Builds tool arguments from the library's SOP definitions: a create's inputs become the tool's arguments, an
/// update's fields the properties of its change_set, each with required or optional, enumeration values and length
/// limit as the procedure will check them. A new SOP, or a new input of one, reaches the tool schema from here.
/// </summary>
internal static class SopToolFields
{
    /// <summary>The arguments of a create tool: one per input of the SOP, in the SOP's order.</summary>
    public static IReadOnlyList<ToolField> Inputs(SopDefinition sop) =>
        [.. sop.Fields.Select(f => Field(f, f.IsRequired, allowsNull: !f.IsRequired))];

    /// <summary>The arguments of an update tool: the id of the record, then the change set of its editable fields.</summary>
    public static IReadOnlyList<ToolField> Update(SopDefinition sop) =>
    [
        ToolField.Required(sop.IdField, $"The {sop.EntityType.ToWireName()} to update."),
        new("change_set", true, "The fields to change, at least one; a field that may be cleared takes null.", ToolFieldKind.ChangeSet)
        {
            // In an update, a required field may be set but never cleared; an optional one may be cleared with null.
            Properties = [.. sop.Fields.Select(f => Field(f, isRequired: false, allowsNull: !f.IsRequired))],
        },
    ];

    /// <summary>
    /// One input of an SOP as an argument of its own, for a tool that sets a single field (a delivery status, a
    /// rating): the procedure's rules for it, required when the tool cannot run without it.
    /// </summary>
    public static ToolField Input(SopDefinition sop, string name, bool isRequired) =>
        Field(sop.Find(name) ?? throw new InvalidOperationException($"The {sop.Operation} SOP has no input {name}."), isRequired, allowsNull: !isRequired);

    /// <summary>The argument naming the record a read or update works on.</summary>
    public static ToolField Id(SopDefinition sop, bool isRequired = true) =>
        new(sop.IdField, isRequired, $"The {sop.EntityType.ToWireName()}'s id.") { AllowsNull = !isRequired };

    private static ToolField Field(SopFieldDefinition field, bool isRequired, bool allowsNull) =>
        new(field.Name, isRequired, Describe(field))
        {
            AllowsNull = allowsNull,
            AllowedValues = field.AllowedValues.Count > 0 ? field.AllowedValues : null,
            MaximumLength = field.MaximumLength > 0 ? field.MaximumLength : null,
        };

    private static string Describe(SopFieldDefinition field)
    {
        var parts = new List<string>
        {
            field.Kind switch
            {
                FieldKind.Email => "An email address",
                FieldKind.Phone => "A phone number in international form such as +17136387543 (spaces and dashes allowed)",
                FieldKind.Enumeration => "One of the allowed values",
                FieldKind.Id when field.References is { } entity => $"The id of an existing {entity.ToWireName()}",
                FieldKind.Id => "An id",
                FieldKind.TimeZone => "An IANA time zone id, or UTC, GMT, CST, EST, CET or PST",
                FieldKind.Timestamp => "An ISO 8601 instant such as 2025-09-25T12:00:00Z",
                FieldKind.Integer => "A whole number in decimal, written as a string such as \"8080\"",
                _ => "Text",
            },
        };
        if (field.IsUnique)
        {
            parts.Add("unique");
        }

        if (field.DefaultValue is { } value)
        {
            parts.Add($"default {value}");
        }

        return $"{field.Name}: {string.Join("; ", parts)}.";
    }
}
