using System.Text.Json;
using System.Text.Json.Nodes;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// Builds a tool's JSON Schema from its fields: wire names, required versus optional, every enumeration's allowed
/// values, each text's length limit, and no other properties.
/// </summary>
internal static class ToolInputSchema
{
    public static JsonElement For(IReadOnlyList<ToolField> fields)
    {
        var schema = ObjectSchema(fields);
        return JsonSerializer.SerializeToElement(schema, ToolJson.NodeTypeInfo);
    }

    private static JsonObject ObjectSchema(IReadOnlyList<ToolField> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            properties[field.Name] = PropertySchema(field);
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = fields.Where(f => f.IsRequired).Select(f => (JsonNode?)JsonValue.Create(f.Name)).ToArray();
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray(required);
        }

        return schema;
    }

    private static JsonObject PropertySchema(ToolField field)
    {
        var schema = field.Kind switch
        {
            ToolFieldKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ToolFieldKind.ChangeSet => ChangeSetSchema(field.Properties ?? []),
            ToolFieldKind.Flags => FlagsSchema(field),
            ToolFieldKind.Flag => new JsonObject { ["type"] = "boolean" },
            _ => new JsonObject { ["type"] = field.AllowsNull ? new JsonArray("string", "null") : "string" },
        };
        if (field.MaximumLength is { } maximumLength)
        {
            schema["maxLength"] = maximumLength;
        }

        if (field.AllowedValues is { } allowed)
        {
            schema["enum"] = new JsonArray([.. allowed.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }

        schema["description"] = field.Description;
        return schema;
    }

    private static JsonObject FlagsSchema(ToolField field)
    {
        var schema = ObjectSchema(field.Properties ?? []);
        if (field.AllowsNull)
        {
            schema["type"] = new JsonArray("object", "null");
        }

        return schema;
    }

    private static JsonObject ChangeSetSchema(IReadOnlyList<ToolField> fields)
    {
        var schema = ObjectSchema(fields);
        schema["minProperties"] = 1;
        return schema;
    }
}
