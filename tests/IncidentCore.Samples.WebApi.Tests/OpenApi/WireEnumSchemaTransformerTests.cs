using System.Text.Json;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
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

        Assert.Equal(
            [
                "/clients", "/clients/{client_id}", "/users", "/users/{user_id}", "/vendors", "/vendors/{vendor_id}", "/audit-trail",
                "/clients/{client_id}/incidents", "/incidents/{incident_id}/escalations", "/incidents/{incident_id}/communications",
                "/communications/{communication_id}", "/incidents/{incident_id}/reviews", "/products", "/products/{product_id}",
                "/components", "/components/{component_id}", "/incidents", "/incidents/{incident_id}", "/escalations/{escalation_id}/resolve",
                "/escalations/{escalation_id}/cancel", "/reviews/{review_id}/complete", "/reviews/{review_id}/cancel",
                "/changes", "/changes/{change_id}", "/changes/{change_id}/approve", "/changes/{change_id}/reject", "/changes/{change_id}/schedule",
                "/changes/{change_id}/start", "/changes/{change_id}/complete", "/changes/{change_id}/fail", "/rollbacks", "/rollbacks/{rollback_id}",
                "/rollbacks/{rollback_id}/approve", "/rollbacks/{rollback_id}/reject", "/rollbacks/{rollback_id}/start",
                "/rollbacks/{rollback_id}/complete", "/rollbacks/{rollback_id}/fail",
            ],
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

    [Fact]
    public async Task OpenApiDocument_WhenRequested_ExpectIncidentRequestsAndResponsesWithTheirWireEnumerations()
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        Assert.Equal(IncidentWireNames.ProductStatus.WireNames, Enum(schemas, "ProductCreateRequest", "status"));
        Assert.Equal(IncidentWireNames.ComponentEnvironment.WireNames, Enum(schemas, "ComponentCreateRequest", "environment"));
        Assert.Equal(IncidentWireNames.OperationalStatus.WireNames, Enum(schemas, "ComponentCreateRequest", "operational_status"));
        Assert.Equal(IncidentWireNames.Severity.WireNames, Enum(schemas, "IncidentReportRequest", "severity"));
        Assert.Equal(IncidentWireNames.IncidentLevel.WireNames, Enum(schemas, "IncidentReportRequest", "impact_level"));
        Assert.Equal(IncidentWireNames.EscalationLevel.WireNames, Enum(schemas, "EscalationBody", "escalation_level"));
        Assert.Equal(IncidentWireNames.RecipientType.WireNames, Enum(schemas, "CommunicationBody", "recipient_type"));
        Assert.Equal(IncidentWireNames.CommunicationType.WireNames, Enum(schemas, "CommunicationBody", "communication_type"));
        Assert.Equal(IncidentWireNames.DeliveryMethod.WireNames, Enum(schemas, "CommunicationBody", "delivery_method"));
        Assert.Equal(IncidentWireNames.DeliveryStatus.WireNames, Enum(schemas, "DeliveryStatusBody", "delivery_status"));
        Assert.Equal(IncidentWireNames.ReviewRating.WireNames, Enum(schemas, "ReviewCompletionBody", "overall_rating"));
        Assert.Equal(IncidentWireNames.IncidentStatus.WireNames, Enum(schemas, "IncidentResponse", "status"));
        Assert.Equal(IncidentWireNames.IncidentUpdateType.WireNames, Enum(schemas, "IncidentHistoryEntryResponse", "update_type"));
        Assert.Equal(IncidentWireNames.EscalationStatus.WireNames, Enum(schemas, "EscalationResponse", "status"));
        Assert.Equal(IncidentWireNames.ReviewStatus.WireNames, Enum(schemas, "ReviewResponse", "status"));
        Assert.Equal(["category", "client_id", "component_id", "detection_timestamp", "impact_level", "title", "urgency_level"], Required(schemas, "IncidentReportRequest"));
        Assert.Equal(["escalated_to_user", "escalation_level"], Required(schemas, "EscalationBody"));
        Assert.Equal(["facilitator_user", "scheduled_date"], Required(schemas, "ReviewScheduleBody"));
        var flags = schemas.GetProperty("IncidentReportRequest").GetProperty("properties").GetProperty("classification_flags");
        Assert.Equal(SeverityFlags.All.Select(f => f.Flag), flags.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(flags.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public async Task OpenApiDocument_WhenRequested_ExpectChangeAndRollbackRequestsAndResponsesWithTheirWireEnumerations()
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        Assert.Equal(ApprovalWireNames.ChangeType.WireNames, Enum(schemas, "ChangeRequestCreateRequest", "change_type"));
        Assert.Equal(ApprovalWireNames.RiskLevel.WireNames, Enum(schemas, "ChangeRequestCreateRequest", "risk_level"));
        Assert.Equal(ApprovalWireNames.ChangeType.WireNames, Enum(schemas, "ChangeRequestResponse", "change_type"));
        Assert.Equal(ApprovalWireNames.RiskLevel.WireNames, Enum(schemas, "ChangeRequestResponse", "risk_level"));
        Assert.Equal(ApprovalWireNames.ChangeStatus.WireNames, Enum(schemas, "ChangeRequestResponse", "status"));
        Assert.Equal(ApprovalWireNames.RollbackStatus.WireNames, Enum(schemas, "RollbackRequestResponse", "status"));
        Assert.Equal(SopCatalog.For(Operation.ChangeRequestCreate).Fields.Where(f => f.IsRequired).Select(f => f.Name).Order(StringComparer.Ordinal),
            Required(schemas, "ChangeRequestCreateRequest"));
        Assert.Equal(["change_id"], Required(schemas, "RollbackRequestCreateRequest"));
        Assert.Equal(["scheduled_end_time", "scheduled_start_time"], Required(schemas, "ChangeScheduleBody"));
        Assert.Equal(SopCatalog.For(Operation.ChangeRequestCreate).Find("title")!.MaximumLength,
            schemas.GetProperty("ChangeRequestCreateRequest").GetProperty("properties").GetProperty("title").GetProperty("maxLength").GetInt32());
        Assert.Equal(SopCatalog.For(Operation.ChangeReject).Find("rejection_reason")!.MaximumLength,
            schemas.GetProperty("RejectionBody").GetProperty("properties").GetProperty("rejection_reason").GetProperty("maxLength").GetInt32());
        var noFields = schemas.GetProperty("NoFieldsBody");
        Assert.False(noFields.TryGetProperty("properties", out _));
        Assert.False(noFields.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("/clients/{client_id}")]
    [InlineData("/users/{user_id}")]
    [InlineData("/vendors/{vendor_id}")]
    [InlineData("/products/{product_id}")]
    [InlineData("/components/{component_id}")]
    [InlineData("/incidents/{incident_id}")]
    public async Task OpenApiDocument_WhenRequested_ExpectEachUpdateBodyListsItsSopFieldsAndNothingElse(string path)
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("patch");
        var body = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var sop = SopCatalog.All.Single(s => s.Kind == SopKind.Update && path.EndsWith($"{{{s.IdField}}}", StringComparison.Ordinal));

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
