using IncidentCore.Domain.Incidents;
using Microsoft.OpenApi;

namespace IncidentCore.Samples.WebApi.OpenApi;

/// <summary>
/// Describes an incident report's <c>classification_flags</c> from the library's own list of flags: one boolean per
/// flag and no other name, since the library refuses an unknown flag naming it.
/// </summary>
internal static class SeverityFlagsSchema
{
    public const string PropertyName = "classification_flags";

    public static void Apply(OpenApiSchema schema)
    {
        schema.Properties = SeverityFlags.All.ToDictionary(
            f => f.Flag,
            f => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = $"true makes the incident {f.Severity.ToWireName()} or more severe." },
            StringComparer.Ordinal);
        schema.AdditionalProperties = null;
        schema.AdditionalPropertiesAllowed = false;
    }
}
