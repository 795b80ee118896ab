using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using ModelContextProtocol.Protocol;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// The results a tool returns: the value as JSON, or a halt as a tool error carrying the halt code, the message, the
/// field errors and, for a denial, the policy's reason, so the agent sees a clear stop it can explain.
/// </summary>
internal static class ToolResults
{
    public static CallToolResult Success<T>(T value)
    {
        var element = ToolJson.ToElement(value);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = ToolJson.ToText(element) }],
            StructuredContent = element.ValueKind == JsonValueKind.Object ? element : null,
            IsError = false,
        };
    }

    public static CallToolResult Halted(Halt halt)
    {
        var element = ToolJson.ToElement(new HaltRecord(
            halt.CodeName,
            halt.Message,
            [.. halt.Errors],
            halt.DenialReason == DenialReason.None ? null : halt.DenialReason.ToWireName()));
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = ToolJson.ToText(element) }],
            StructuredContent = element,
            IsError = true,
        };
    }

    public static CallToolResult InvalidArguments(IReadOnlyList<FieldError> errors) =>
        Halted(new Halt(HaltCode.ValidationFailed, "The tool arguments are invalid; nothing was changed.", errors));

    /// <summary>A halt as the agent reads it.</summary>
    private sealed record HaltRecord(string Code, string Message, IReadOnlyList<FieldError> Errors, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DenialReason);
}
