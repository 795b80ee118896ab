using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.OpenApi;

public sealed class WireEnumSchemaTransformerTests
{
    [Fact]
    public async Task OpenApiDocument_WhenRequested_ExpectEveryEndpointAndEnumerationsByWireName()
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");

        Assert.Equal(["/clients", "/clients/{client_id}", "/users", "/users/{user_id}", "/vendors", "/vendors/{vendor_id}", "/audit-trail"],
            root.GetProperty("paths").EnumerateObject().Select(p => p.Name));
        Assert.Equal(WireNames.ClientType.WireNames, Enum(schemas, "ClientOnboardingRequest", "client_type"));
        Assert.Equal(WireNames.ClientStatus.WireNames, Enum(schemas, "ClientOnboardingRequest", "status"));
        Assert.Equal(WireNames.UserRole.WireNames, Enum(schemas, "UserRegistrationRequest", "role"));
        Assert.Equal(WireNames.UserStatus.WireNames, Enum(schemas, "UserRegistrationRequest", "status"));
        Assert.Equal(WireNames.VendorType.WireNames, Enum(schemas, "VendorRegistrationRequest", "vendor_type"));
        Assert.Equal(WireNames.UserRole.WireNames, Enum(schemas, "UserResponse", "role"));
        Assert.Equal(["client_name", "client_type", "contact_email", "registration_number"], Required(schemas, "ClientOnboardingRequest"));
        Assert.Equal(["email", "name", "role"], Required(schemas, "UserRegistrationRequest"));
        Assert.Equal(SopCatalog.ClientOnboarding.Find("client_name")!.MaximumLength,
            schemas.GetProperty("ClientOnboardingRequest").GetProperty("properties").GetProperty("client_name").GetProperty("maxLength").GetInt32());
    }

    [Theory]
    [InlineData("/clients/{client_id}")]
    [InlineData("/users/{user_id}")]
    [InlineData("/vendors/{vendor_id}")]
    public async Task OpenApiDocument_WhenRequested_ExpectEachUpdateBodyListsItsSopFieldsAndNothingElse(string path)
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("patch");
        var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var sop = SopCatalog.All.Single(s => s.Kind == SopKind.Update && path.Contains(s.IdField, StringComparison.Ordinal));

        Assert.Equal(sop.Fields.Select(f => f.Name), body.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(body.GetProperty("additionalProperties").GetBoolean());
        Assert.All(sop.Fields.Where(f => f.AllowedValues.Count > 0), f => Assert.Equal(f.AllowedValues,
            body.GetProperty("properties").GetProperty(f.Name).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)));
    }

    private static string[] Required(JsonElement schemas, string schema) =>
        [.. schemas.GetProperty(schema).GetProperty("required").EnumerateArray().Select(v => v.GetString()!).Order(StringComparer.Ordinal)];

    private static string[] Enum(JsonElement schemas, string schema, string property) =>
        [.. schemas.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(v => v.GetString()!)];
}
