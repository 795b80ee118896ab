using System.Text.Json.Nodes;
using IncidentCore.Procedures.Definitions;
using Microsoft.OpenApi;

namespace IncidentCore.Samples.WebApi.OpenApi;

/// <summary>Writes what an SOP definition says about one input into its OpenAPI schema: enumeration values and length limit.</summary>
internal static class SopFieldSchema
{
    public static void Apply(OpenApiSchema schema, SopFieldDefinition field)
    {
        if (field.AllowedValues.Count > 0)
        {
            schema.Enum = [.. field.AllowedValues.Select(v => (JsonNode)JsonValue.Create(v))];
        }

        if (field.MaximumLength > 0)
        {
            schema.MaxLength = field.MaximumLength;
        }
    }

    /// <summary>The schema of an update's change set: every field it may set, null only for fields that may be cleared, nothing else.</summary>
    public static OpenApiSchema ChangeSet(SopDefinition sop)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var field in sop.Fields)
        {
            var property = new OpenApiSchema
            {
                Type = field.IsRequired ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null,
                Description = field.IsRequired ? $"{field.Name}; may be changed, not cleared." : $"{field.Name}; null clears it.",
            };
            Apply(property, field);
            properties[field.Name] = property;
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"The {sop.EntityType} fields to change, at least one; any other field is refused as unknown_field.",
            Properties = properties,
            AdditionalPropertiesAllowed = false,
            MinProperties = 1,
        };
    }
}
