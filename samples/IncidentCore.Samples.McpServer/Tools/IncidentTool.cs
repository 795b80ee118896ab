using ModelContextProtocol.Protocol;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>One tool: its protocol description (name, schema, hints) and what it does with checked arguments.</summary>
internal sealed class IncidentTool
{
    public IncidentTool(string name, string description, bool readOnly, IReadOnlyList<ToolField> fields, Func<ToolCall, ValueTask<CallToolResult>> run)
    {
        Fields = fields;
        Run = run;
        ProtocolTool = new Tool
        {
            Name = name,
            Description = description,
            InputSchema = ToolInputSchema.For(fields),
            Annotations = new ToolAnnotations
            {
                ReadOnlyHint = readOnly,
                DestructiveHint = false,
                IdempotentHint = readOnly,
                OpenWorldHint = false,
            },
        };
    }

    public Tool ProtocolTool { get; }

    public IReadOnlyList<ToolField> Fields { get; }

    public Func<ToolCall, ValueTask<CallToolResult>> Run { get; }
}
