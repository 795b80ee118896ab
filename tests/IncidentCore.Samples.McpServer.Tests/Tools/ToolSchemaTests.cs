using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ToolSchemaTests(AdministratorSessionFixture fixture) : IClassFixture<AdministratorSessionFixture>
{
    [Fact]
    public async Task ListTools_WhenAgentConnects_ExpectPolicyToolNamesWireNameSchemasAndRoles()
    {
        var session = fixture.Session;

        var tools = (await session.Client.ListToolsAsync()).ToDictionary(t => t.ProtocolTool.Name, t => t.ProtocolTool);

        Assert.Equal(
            ["create_client", "create_vendor", "find_client", "find_user", "find_vendor", "read_audit_trail", "register_user", "update_client", "update_user", "update_vendor"],
            tools.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(tools.Keys, name => name.Contains("audit", StringComparison.Ordinal) && name != "read_audit_trail");

        var createClient = tools["create_client"].InputSchema;
        Assert.Equal(["client_name", "registration_number", "contact_email", "client_type"], Strings(createClient.GetProperty("required")));
        Assert.Equal(WireNames.ClientType.WireNames, Enum(createClient, "client_type"));
        Assert.Equal(WireNames.ClientStatus.WireNames, Enum(createClient, "status"));
        Assert.False(createClient.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("system_administrator, account_manager", tools["create_client"].Description, StringComparison.Ordinal);

        Assert.Equal(WireNames.UserRole.WireNames, Enum(tools["register_user"].InputSchema, "role"));
        Assert.Equal(WireNames.VendorType.WireNames, Enum(tools["create_vendor"].InputSchema, "vendor_type"));
        Assert.Equal(["vendor_name", "vendor_type", "vendor_email", "vendor_phone"], Strings(tools["create_vendor"].InputSchema.GetProperty("required")));

        var changeSet = tools["update_user"].InputSchema.GetProperty("properties").GetProperty("change_set");
        Assert.Equal(WireNames.UserRole.WireNames, Enum(changeSet, "role"));
        Assert.False(changeSet.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["user_id", "change_set"], Strings(tools["update_user"].InputSchema.GetProperty("required")));
        Assert.Equal(["vendor_id", "change_set"], Strings(tools["update_vendor"].InputSchema.GetProperty("required")));
    }

    [Theory]
    [InlineData("create_client", "ClientOnboarding")]
    [InlineData("register_user", "UserRegistration")]
    [InlineData("create_vendor", "VendorRegistration")]
    public async Task ListTools_WhenCreateToolIsListed_ExpectItsArgumentsAreItsSopInputsWithTheirRules(string tool, string sopName)
    {
        var sop = Sop(sopName);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

        AssertMatches(sop, schema, requiredAsInCreate: true);
    }

    [Theory]
    [InlineData("update_client", "ClientUpdate")]
    [InlineData("update_user", "UserUpdate")]
    [InlineData("update_vendor", "VendorUpdate")]
    public async Task ListTools_WhenUpdateToolIsListed_ExpectItsChangeSetIsItsSopFieldsWithTheirRules(string tool, string sopName)
    {
        var sop = Sop(sopName);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

        Assert.True(schema.GetProperty("properties").TryGetProperty(sop.IdField, out _));
        var changeSet = schema.GetProperty("properties").GetProperty("change_set");
        AssertMatches(sop, changeSet, requiredAsInCreate: false);
        Assert.Equal(1, changeSet.GetProperty("minProperties").GetInt32());
        Assert.All(sop.Fields, f => Assert.Equal(!f.IsRequired, Types(changeSet, f.Name).Contains("null")));
    }

    [Fact]
    public async Task ListTools_WhenAgentConnects_ExpectNoToolAcceptsAnActorOrWritesTheAuditLog()
    {
        var session = fixture.Session;

        var tools = await session.Client.ListToolsAsync();

        Assert.All(tools, tool =>
        {
            var properties = tool.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            Assert.DoesNotContain("actor_user_id", properties);
            Assert.DoesNotContain("acting_user", properties);
            Assert.False(tool.ProtocolTool.InputSchema.GetProperty("additionalProperties").GetBoolean());
        });
        Assert.DoesNotContain(tools, t => t.ProtocolTool.Name == "log_audit");
        Assert.All(tools.Where(t => t.ProtocolTool.Name.StartsWith("find_", StringComparison.Ordinal) || t.ProtocolTool.Name == "read_audit_trail"),
            t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
    }

    private static SopDefinition Sop(string name) => name switch
    {
        "ClientOnboarding" => SopCatalog.ClientOnboarding,
        "UserRegistration" => SopCatalog.UserRegistration,
        "VendorRegistration" => SopCatalog.VendorRegistration,
        "ClientUpdate" => SopCatalog.ClientUpdate,
        "UserUpdate" => SopCatalog.UserUpdate,
        _ => SopCatalog.VendorUpdate,
    };

    private static void AssertMatches(SopDefinition sop, JsonElement schema, bool requiredAsInCreate)
    {
        var properties = schema.GetProperty("properties");
        Assert.Equal(sop.Fields.Select(f => f.Name), properties.EnumerateObject().Select(p => p.Name));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
        var required = schema.TryGetProperty("required", out var list) ? Strings(list) : [];
        Assert.Equal(requiredAsInCreate ? sop.Fields.Where(f => f.IsRequired).Select(f => f.Name) : [], required);
        foreach (var field in sop.Fields)
        {
            var property = properties.GetProperty(field.Name);
            Assert.Equal(field.AllowedValues, property.TryGetProperty("enum", out var values) ? Strings(values) : []);
            Assert.Equal(field.MaximumLength > 0 ? field.MaximumLength : (int?)null, property.TryGetProperty("maxLength", out var length) ? length.GetInt32() : (int?)null);
        }
    }

    private static string[] Types(JsonElement schema, string property)
    {
        var type = schema.GetProperty("properties").GetProperty(property).GetProperty("type");
        return type.ValueKind == JsonValueKind.Array ? Strings(type) : [type.GetString()!];
    }

    private static string[] Enum(JsonElement schema, string property) =>
        Strings(schema.GetProperty("properties").GetProperty(property).GetProperty("enum"));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];
}
