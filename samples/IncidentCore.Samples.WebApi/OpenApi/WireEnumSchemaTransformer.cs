using System.Text.Json.Nodes;
using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Samples.WebApi.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncidentCore.Samples.WebApi.OpenApi;

/// <summary>
/// Lists the allowed wire names of every enumeration field, and the required fields of each procedure's request, in
/// the OpenAPI document. The request and response
/// types carry enumerations as wire-form strings, so the library validates them and reports a wrong spelling as a
/// field error; this transformer tells clients the allowed values up front.
/// </summary>
internal sealed class WireEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<(Type Type, string Property), IReadOnlyList<string>> AllowedValues = new()
    {
        [(typeof(ClientOnboardingRequest), "client_type")] = WireNames.ClientType.WireNames,
        [(typeof(ClientOnboardingRequest), "status")] = WireNames.ClientStatus.WireNames,
        [(typeof(ClientResponse), "client_type")] = WireNames.ClientType.WireNames,
        [(typeof(ClientResponse), "status")] = WireNames.ClientStatus.WireNames,
        [(typeof(UserRegistrationRequest), "role")] = WireNames.UserRole.WireNames,
        [(typeof(UserRegistrationRequest), "status")] = WireNames.UserStatus.WireNames,
        [(typeof(UserResponse), "role")] = WireNames.UserRole.WireNames,
        [(typeof(UserResponse), "status")] = WireNames.UserStatus.WireNames,
        [(typeof(VendorRegistrationRequest), "vendor_type")] = WireNames.VendorType.WireNames,
        [(typeof(VendorRegistrationRequest), "status")] = WireNames.VendorStatus.WireNames,
        [(typeof(VendorResponse), "vendor_type")] = WireNames.VendorType.WireNames,
        [(typeof(VendorResponse), "status")] = WireNames.VendorStatus.WireNames,
        [(typeof(AuditEntryResponse), "action")] = WireNames.AuditAction.WireNames,
        [(typeof(AuditEntryResponse), "entity_type")] = WireNames.EntityType.WireNames,
        [(typeof(AuditEntryResponse), "outcome")] = WireNames.AuditOutcome.WireNames,
    };

    private static readonly Dictionary<Type, string[]> RequiredFields = new()
    {
        [typeof(ClientOnboardingRequest)] = ["client_name", "registration_number", "contact_email", "client_type"],
        [typeof(UserRegistrationRequest)] = ["name", "email", "role"],
        [typeof(VendorRegistrationRequest)] = ["vendor_name", "vendor_email", "vendor_phone", "vendor_type"],
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property
            && AllowedValues.TryGetValue((property.DeclaringType, property.Name), out var values))
        {
            schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
        }
        else if (context.JsonPropertyInfo is null && RequiredFields.TryGetValue(context.JsonTypeInfo.Type, out var required))
        {
            schema.Required = new HashSet<string>(required, StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }
}
