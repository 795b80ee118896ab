using System.Text.Json.Nodes;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Samples.WebApi.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncidentCore.Samples.WebApi.OpenApi;

/// <summary>
/// Lists the allowed wire names of every enumeration field, and the required fields and length limits of each
/// procedure's request, in the OpenAPI document. Requests are described from the library's SOP definitions, so a new
/// input reaches the document without a hand-written table; responses from the public wire-name tables. The request
/// and response types carry enumerations as wire-form strings, so the library validates them and reports a wrong
/// spelling as a field error; this transformer tells clients the allowed values up front.
/// </summary>
internal sealed class WireEnumSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly Dictionary<Type, SopDefinition> Requests = new()
    {
        [typeof(ClientOnboardingRequest)] = SopCatalog.ClientOnboarding,
        [typeof(UserRegistrationRequest)] = SopCatalog.UserRegistration,
        [typeof(VendorRegistrationRequest)] = SopCatalog.VendorRegistration,
        [typeof(ProductCreateRequest)] = SopCatalog.For(Operation.ProductCreate),
        [typeof(ComponentCreateRequest)] = SopCatalog.For(Operation.ComponentCreate),
        [typeof(IncidentReportRequest)] = SopCatalog.For(Operation.IncidentReport),
        [typeof(EscalationBody)] = SopCatalog.For(Operation.EscalationCreate),
        [typeof(CommunicationBody)] = SopCatalog.For(Operation.CommunicationRecord),
        [typeof(ReviewScheduleBody)] = SopCatalog.For(Operation.ReviewSchedule),
        [typeof(DeliveryStatusBody)] = SopCatalog.For(Operation.CommunicationDeliveryUpdate),
        [typeof(ReviewCompletionBody)] = SopCatalog.For(Operation.ReviewComplete),
        [typeof(ChangeRequestCreateRequest)] = SopCatalog.For(Operation.ChangeRequestCreate),
        [typeof(ChangeScheduleBody)] = SopCatalog.For(Operation.ChangeSchedule),
        [typeof(RejectionBody)] = SopCatalog.For(Operation.ChangeReject),
        [typeof(RollbackRequestCreateRequest)] = SopCatalog.For(Operation.RollbackRequestCreate),
    };

    /// <summary>
    /// Bodies whose procedure needs every input they carry although the record field may be empty (a change is
    /// scheduled with both its start and its end), so the SOP definition alone does not mark them required.
    /// </summary>
    private static readonly HashSet<Type> EveryInputRequired = [typeof(ChangeScheduleBody)];

    private static readonly Dictionary<(Type Type, string Property), IReadOnlyList<string>> ResponseValues = new()
    {
        [(typeof(ClientResponse), "client_type")] = WireNames.ClientType.WireNames,
        [(typeof(ClientResponse), "status")] = WireNames.ClientStatus.WireNames,
        [(typeof(UserResponse), "role")] = WireNames.UserRole.WireNames,
        [(typeof(UserResponse), "status")] = WireNames.UserStatus.WireNames,
        [(typeof(VendorResponse), "vendor_type")] = WireNames.VendorType.WireNames,
        [(typeof(VendorResponse), "status")] = WireNames.VendorStatus.WireNames,
        [(typeof(AuditEntryResponse), "action")] = WireNames.AuditAction.WireNames,
        [(typeof(AuditEntryResponse), "entity_type")] = WireNames.EntityType.WireNames,
        [(typeof(AuditEntryResponse), "outcome")] = WireNames.AuditOutcome.WireNames,
        [(typeof(ProductResponse), "status")] = IncidentWireNames.ProductStatus.WireNames,
        [(typeof(ComponentResponse), "environment")] = IncidentWireNames.ComponentEnvironment.WireNames,
        [(typeof(ComponentResponse), "operational_status")] = IncidentWireNames.OperationalStatus.WireNames,
        [(typeof(IncidentResponse), "severity")] = IncidentWireNames.Severity.WireNames,
        [(typeof(IncidentResponse), "impact_level")] = IncidentWireNames.IncidentLevel.WireNames,
        [(typeof(IncidentResponse), "urgency_level")] = IncidentWireNames.IncidentLevel.WireNames,
        [(typeof(IncidentResponse), "status")] = IncidentWireNames.IncidentStatus.WireNames,
        [(typeof(IncidentHistoryEntryResponse), "update_type")] = IncidentWireNames.IncidentUpdateType.WireNames,
        [(typeof(EscalationResponse), "escalation_level")] = IncidentWireNames.EscalationLevel.WireNames,
        [(typeof(EscalationResponse), "status")] = IncidentWireNames.EscalationStatus.WireNames,
        [(typeof(CommunicationResponse), "recipient_type")] = IncidentWireNames.RecipientType.WireNames,
        [(typeof(CommunicationResponse), "communication_type")] = IncidentWireNames.CommunicationType.WireNames,
        [(typeof(CommunicationResponse), "delivery_method")] = IncidentWireNames.DeliveryMethod.WireNames,
        [(typeof(CommunicationResponse), "delivery_status")] = IncidentWireNames.DeliveryStatus.WireNames,
        [(typeof(ReviewResponse), "overall_rating")] = IncidentWireNames.ReviewRating.WireNames,
        [(typeof(ReviewResponse), "status")] = IncidentWireNames.ReviewStatus.WireNames,
        [(typeof(ChangeRequestResponse), "change_type")] = ApprovalWireNames.ChangeType.WireNames,
        [(typeof(ChangeRequestResponse), "risk_level")] = ApprovalWireNames.RiskLevel.WireNames,
        [(typeof(ChangeRequestResponse), "status")] = ApprovalWireNames.ChangeStatus.WireNames,
        [(typeof(RollbackRequestResponse), "status")] = ApprovalWireNames.RollbackStatus.WireNames,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is { } property)
        {
            if (Requests.TryGetValue(property.DeclaringType, out var sop) && sop.Find(property.Name) is { } field)
            {
                SopFieldSchema.Apply(schema, field);
            }
            else if (property.DeclaringType == typeof(IncidentReportRequest) && property.Name == SeverityFlagsSchema.PropertyName)
            {
                SeverityFlagsSchema.Apply(schema);
            }
            else if (ResponseValues.TryGetValue((property.DeclaringType, property.Name), out var values))
            {
                schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
            }
        }
        else if (Requests.TryGetValue(context.JsonTypeInfo.Type, out var sop))
        {
            // A body whose record the path names (incident_id) lists only the required inputs it carries.
            var carried = context.JsonTypeInfo.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var everyInput = EveryInputRequired.Contains(context.JsonTypeInfo.Type);
            schema.Required = new HashSet<string>(sop.Fields.Where(f => (f.IsRequired || everyInput) && carried.Contains(f.Name)).Select(f => f.Name), StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }
}
