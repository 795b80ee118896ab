using System.Text.Json;
using IncidentCore.Domain;
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
            ["create_client", "create_vendor", "find_client", "find_user", "find_vendor", "read_audit_trail", "register_user", "update_client", "update_user"],
            tools.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(tools.Keys, name => name.Contains("audit", StringComparison.Ordinal) && name != "read_audit_trail");

        var createClient = tools["create_client"].InputSchema;
        Assert.Equal(["client_name", "registration_number", "contact_email", "client_type"], Strings(createClient.GetProperty("required")));
        Assert.Equal(["client_name", "registration_number", "contact_email", "client_type", "country", "industry", "status"],
            createClient.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(WireNames.ClientType.WireNames, Enum(createClient, "client_type"));
        Assert.Equal(WireNames.ClientStatus.WireNames, Enum(createClient, "status"));
        Assert.False(createClient.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("system_administrator, account_manager", tools["create_client"].Description, StringComparison.Ordinal);

        Assert.Equal(WireNames.UserRole.WireNames, Enum(tools["register_user"].InputSchema, "role"));
        Assert.Equal(WireNames.VendorType.WireNames, Enum(tools["create_vendor"].InputSchema, "vendor_type"));
        Assert.Equal(["vendor_name", "vendor_email", "vendor_phone", "vendor_type"], Strings(tools["create_vendor"].InputSchema.GetProperty("required")));

        var changeSet = tools["update_user"].InputSchema.GetProperty("properties").GetProperty("change_set");
        Assert.Equal(WireNames.UserRole.WireNames, Enum(changeSet, "role"));
        Assert.False(changeSet.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["user_id", "change_set"], Strings(tools["update_user"].InputSchema.GetProperty("required")));
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

    private static string[] Enum(JsonElement schema, string property) =>
        Strings(schema.GetProperty("properties").GetProperty(property).GetProperty("enum"));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];
}
