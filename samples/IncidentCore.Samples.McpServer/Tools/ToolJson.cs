using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>JSON helpers for tool schemas and results, with the wire records' settings.</summary>
internal static class ToolJson
{
    public static JsonTypeInfo<JsonNode> NodeTypeInfo { get; } = (JsonTypeInfo<JsonNode>)WireJson.Options.GetTypeInfo(typeof(JsonNode));

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, WireJson.Options);

    public static string ToText(JsonElement element) => JsonSerializer.Serialize(element, WireJson.Options);
}
