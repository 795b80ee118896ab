namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>The kind of JSON value a tool argument takes.</summary>
internal enum ToolFieldKind
{
    /// <summary>A string (an enumeration when allowed values are given).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>An object of field name → string or null: an update's change set.</summary>
    ChangeSet,

    /// <summary>An object of flag name → true or false (the properties are <see cref="Flag"/> fields).</summary>
    Flags,

    /// <summary>One true or false property of a <see cref="Flags"/> object.</summary>
    Flag,
}
