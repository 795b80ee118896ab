namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>One argument of a tool: its wire name, whether it is required, its kind and its allowed values.</summary>
internal sealed record ToolField(string Name, bool IsRequired, string Description, ToolFieldKind Kind = ToolFieldKind.Text)
{
    /// <summary>Whether the value may be JSON null (an optional field left unset, or cleared in a change set).</summary>
    public bool AllowsNull { get; init; }

    /// <summary>The allowed values of an enumeration argument.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>The longest text the procedure accepts, when the field has a limit of its own.</summary>
    public int? MaximumLength { get; init; }

    /// <summary>For a change set: the fields it may set, with their allowed values when enumerations; for flags: the flags it may hold.</summary>
    public IReadOnlyList<ToolField>? Properties { get; init; }

    public static ToolField Required(string name, string description, IReadOnlyList<string>? allowedValues = null) =>
        new(name, true, description) { AllowedValues = allowedValues };

    public static ToolField Optional(string name, string description, IReadOnlyList<string>? allowedValues = null) =>
        new(name, false, description) { AllowedValues = allowedValues, AllowsNull = true };
}
