using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
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
            [
                "add_component", "add_product", "approve_change_request", "approve_rollback_request", "cancel_escalation", "cancel_post_incident_review",
                "complete_change", "complete_post_incident_review", "complete_rollback", "create_client", "create_escalation", "create_vendor", "fail_change",
                "fail_rollback", "find_client", "find_user", "find_vendor", "get_change_request", "get_incident", "get_rollback_request", "list_client_incidents",
                "read_audit_trail", "record_communication", "register_user", "reject_change_request", "reject_rollback_request", "report_incident",
                "resolve_escalation", "schedule_change", "schedule_post_incident_review", "start_change", "start_rollback", "submit_change_request",
                "submit_rollback_request", "update_client", "update_communication_delivery", "update_component", "update_incident", "update_product",
                "update_user", "update_vendor",
            ],
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
    [InlineData("add_product", "ProductCreate")]
    [InlineData("add_component", "ComponentCreate")]
    [InlineData("create_escalation", "EscalationCreate")]
    [InlineData("record_communication", "CommunicationRecord")]
    [InlineData("schedule_post_incident_review", "ReviewSchedule")]
    [InlineData("submit_change_request", "ChangeRequestCreate")]
    [InlineData("submit_rollback_request", "RollbackRequestCreate")]
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
    [InlineData("update_product", "ProductUpdate")]
    [InlineData("update_component", "ComponentUpdate")]
    [InlineData("update_incident", "IncidentUpdate")]
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
    public async Task ListTools_WhenReportIncidentIsListed_ExpectItsSopInputsPlusEveryClassificationFlagAsABoolean()
    {
        var sop = SopCatalog.For(Operation.IncidentReport);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == "report_incident").ProtocolTool.InputSchema;

        var properties = schema.GetProperty("properties");
        Assert.Equal([.. sop.Fields.Select(f => f.Name), "classification_flags"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(sop.Fields.Where(f => f.IsRequired).Select(f => f.Name), Strings(schema.GetProperty("required")));
        Assert.DoesNotContain("severity", Strings(schema.GetProperty("required")));
        Assert.Equal(IncidentWireNames.Severity.WireNames, Enum(schema, "severity"));
        var flags = properties.GetProperty("classification_flags");
        Assert.Equal(SeverityFlags.All.Select(f => f.Flag), flags.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.All(flags.GetProperty("properties").EnumerateObject(), p => Assert.Equal("boolean", p.Value.GetProperty("type").GetString()));
        Assert.False(flags.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("get_incident", "incident_id")]
    [InlineData("resolve_escalation", "escalation_id")]
    [InlineData("cancel_escalation", "escalation_id")]
    [InlineData("cancel_post_incident_review", "review_id")]
    [InlineData("list_client_incidents", "client_id")]
    [InlineData("get_change_request", "change_id")]
    [InlineData("approve_change_request", "change_id")]
    [InlineData("reject_change_request", "change_id")]
    [InlineData("start_change", "change_id")]
    [InlineData("complete_change", "change_id")]
    [InlineData("fail_change", "change_id")]
    [InlineData("get_rollback_request", "rollback_id")]
    [InlineData("approve_rollback_request", "rollback_id")]
    [InlineData("reject_rollback_request", "rollback_id")]
    [InlineData("start_rollback", "rollback_id")]
    [InlineData("complete_rollback", "rollback_id")]
    [InlineData("fail_rollback", "rollback_id")]
    public async Task ListTools_WhenRecordToolIsListed_ExpectItNeedsOnlyTheRecordsId(string tool, string idField)
    {
        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

        Assert.Equal([idField], Strings(schema.GetProperty("required")));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("update_communication_delivery", "communication_id", "delivery_status", "CommunicationDeliveryUpdate")]
    [InlineData("complete_post_incident_review", "review_id", "overall_rating", "ReviewComplete")]
    public async Task ListTools_WhenSingleFieldToolIsListed_ExpectTheRecordsIdAndThatFieldWithItsAllowedValues(string tool, string idField, string field, string sopName)
    {
        var sop = Sop(sopName);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

        Assert.Equal([idField, field], Strings(schema.GetProperty("required")));
        Assert.Equal(sop.Find(field)!.AllowedValues, Enum(schema, field));
    }

    [Theory]
    [InlineData("reject_change_request", "ChangeReject")]
    [InlineData("reject_rollback_request", "RollbackReject")]
    public async Task ListTools_WhenRejectToolIsListed_ExpectTheRecordsIdAndAnOptionalRejectionReasonWithItsSopRules(string tool, string sopName)
    {
        var sop = Sop(sopName);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

        Assert.Equal([sop.IdField, "rejection_reason"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal([sop.IdField], Strings(schema.GetProperty("required")));
        Assert.Equal(["string", "null"], Types(schema, "rejection_reason"));
        var reason = sop.Find("rejection_reason")!;
        Assert.Equal(reason.MaximumLength > 0 ? reason.MaximumLength : (int?)null,
            schema.GetProperty("properties").GetProperty("rejection_reason").TryGetProperty("maxLength", out var length) ? length.GetInt32() : (int?)null);
    }

    [Fact]
    public async Task ListTools_WhenScheduleChangeIsListed_ExpectTheChangeAndBothTimesOfItsSopRequired()
    {
        var sop = SopCatalog.For(Operation.ChangeSchedule);

        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == "schedule_change").ProtocolTool.InputSchema;

        Assert.Equal([sop.IdField, "scheduled_start_time", "scheduled_end_time"], Strings(schema.GetProperty("required")));
        Assert.NotNull(sop.Find("scheduled_start_time"));
        Assert.NotNull(sop.Find("scheduled_end_time"));
        Assert.Equal(["string"], Types(schema, "scheduled_start_time"));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task ListTools_WhenSubmitChangeRequestIsListed_ExpectTheLibrarysChangeTypesAndRiskLevels()
    {
        var schema = (await fixture.Session.Client.ListToolsAsync()).Single(t => t.ProtocolTool.Name == "submit_change_request").ProtocolTool.InputSchema;

        Assert.Equal(ApprovalWireNames.ChangeType.WireNames, Enum(schema, "change_type"));
        Assert.Equal(ApprovalWireNames.RiskLevel.WireNames, Enum(schema, "risk_level"));
        Assert.Equal(["title", "change_type", "risk_level"], Strings(schema.GetProperty("required")));
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
            Assert.DoesNotContain("reporter_user_id", properties);
            Assert.DoesNotContain("sender_id", properties);
            Assert.DoesNotContain("escalated_by_user", properties);
            Assert.DoesNotContain("requesting_user", properties);
            Assert.DoesNotContain("approved_by_user", properties);
            Assert.False(tool.ProtocolTool.InputSchema.GetProperty("additionalProperties").GetBoolean());
        });
        Assert.DoesNotContain(tools, t => t.ProtocolTool.Name == "log_audit");
        Assert.All(tools.Where(t => t.ProtocolTool.Name.StartsWith("find_", StringComparison.Ordinal) || t.ProtocolTool.Name is "read_audit_trail" or "get_incident" or "list_client_incidents" or "get_change_request" or "get_rollback_request"),
            t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
    }

    private static SopDefinition Sop(string name) => name switch
    {
        "ClientOnboarding" => SopCatalog.ClientOnboarding,
        "UserRegistration" => SopCatalog.UserRegistration,
        "VendorRegistration" => SopCatalog.VendorRegistration,
        "ClientUpdate" => SopCatalog.ClientUpdate,
        "UserUpdate" => SopCatalog.UserUpdate,
        "VendorUpdate" => SopCatalog.VendorUpdate,
        _ => SopCatalog.For(System.Enum.Parse<Operation>(name)),
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
