using System.Globalization;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Verification.Tests.FaultInjection;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>Every input field of every incident procedure, on a store seeded with <see cref="IncidentSeedRecords"/>.</summary>
internal static class IncidentHostileTargets
{
    private const string First = "1";
    private const string Manager = Cast.IncidentManager;

    private static readonly ProductCreateRequest Product = new() { ProductName = "Hostile Billing", ProductType = "service", SupportVendorId = SeedRecords.VendorId };

    private static readonly ComponentCreateRequest Component = new()
    {
        ComponentName = "hostile-cache", ComponentType = "cache", Environment = "testing", ProductId = IncidentSeedRecords.ProductId,
    };

    private static readonly IncidentReportRequest Incident = IncidentFaultScenarios.NewIncident;

    private static readonly EscalationCreateRequest Escalation = new() { IncidentId = First, EscalatedToUser = Cast.Executive, EscalationLevel = "management", Reason = "board asked" };

    private static readonly CommunicationRecordRequest Communication = new()
    {
        IncidentId = First, RecipientId = Cast.TechnicalSupport, RecipientType = "technical_team", CommunicationType = "update", DeliveryMethod = "chat",
    };

    private static readonly ReviewScheduleRequest Review = new() { IncidentId = First, FacilitatorUser = Manager, ScheduledDate = "2025-10-02T09:00:00Z" };

    public static IReadOnlyList<IncidentHostileTarget> All { get; } =
    [
        .. ProductCreate(), .. ProductUpdate(), .. ComponentCreate(), .. ComponentUpdate(), .. IncidentReport(), .. IncidentUpdate(),
        .. EscalationCreate(), .. CommunicationRecord(), .. Closing(),
    ];

    /// <summary>The free text of the requests above: it may be personal, so no log line may carry it.</summary>
    public static IEnumerable<string> PersonalValues => [Incident.Title!, Incident.Category!, Escalation.Reason!, .. Cast.PersonalValues];

    private static IEnumerable<IncidentHostileTarget> ProductCreate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<ProductCreateRequest, string?, ProductCreateRequest> set, Func<Product, string?> read) =>
            new("product_create", field, kind, n, d, Nothing, (h, v) => CallOutcome.Of(h.Get<ProductCreation>().CreateAsync(Cast.Administrator, set(Product, v))),
                (s, id) => read(s.Products.Single(p => p.ProductId == id)));

        yield return T("product_name", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { ProductName = v }, p => p.ProductName);
        yield return T("product_type", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { ProductType = v }, p => p.ProductType);
        yield return T("version", FieldKind.ShortText, NullMeans.Empty, null, (r, v) => r with { Version = v }, p => p.ProductVersion);
        yield return T("support_vendor_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { SupportVendorId = v }, p => p.SupportVendorId);
        yield return T("status", FieldKind.ProductStatus, NullMeans.Default, "active", (r, v) => r with { Status = v }, p => p.Status.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> ProductUpdate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, Func<Product, string?> read) =>
            new("product_update", field, kind, NullMeans.Refused, null, Nothing,
                (h, v) => CallOutcome.Of(h.Get<ProductUpdate>().UpdateAsync(Cast.TechnicalSupport, IncidentSeedRecords.ProductId, new ChangeSet { { field, v } })),
                (s, id) => read(s.Products.Single(p => p.ProductId == id)));

        yield return T("product_name", FieldKind.FreeText, p => p.ProductName);
        yield return T("product_type", FieldKind.FreeText, p => p.ProductType);
        yield return T("status", FieldKind.ProductStatus, p => p.Status.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> ComponentCreate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<ComponentCreateRequest, string?, ComponentCreateRequest> set, Func<InfrastructureComponent, string?> read) =>
            new("component_create", field, kind, n, d, Nothing, (h, v) => CallOutcome.Of(h.Get<ComponentCreation>().CreateAsync(Cast.TechnicalSupport, set(Component, v))),
                (s, id) => read(s.Components.Single(c => c.ComponentId == id)));

        yield return T("component_name", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { ComponentName = v }, c => c.ComponentName);
        yield return T("component_type", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { ComponentType = v }, c => c.ComponentType);
        yield return T("environment", FieldKind.ComponentEnvironment, NullMeans.Refused, null, (r, v) => r with { Environment = v }, c => c.Environment.ToWireName());
        yield return T("product_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { ProductId = v }, c => c.ProductId);
        yield return T("location", FieldKind.FreeText, NullMeans.Empty, null, (r, v) => r with { Location = v }, c => c.Location);
        yield return T("port_number", FieldKind.PortNumber, NullMeans.Empty, null, (r, v) => r with { PortNumber = v },
            c => c.PortNumber?.ToString(CultureInfo.InvariantCulture));
        yield return T("operational_status", FieldKind.OperationalStatus, NullMeans.Default, "operational", (r, v) => r with { OperationalStatus = v },
            c => c.OperationalStatus.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> ComponentUpdate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, Func<InfrastructureComponent, string?> read) =>
            new("component_update", field, kind, NullMeans.Refused, null, Nothing,
                (h, v) => CallOutcome.Of(h.Get<ComponentUpdate>().UpdateAsync(Cast.Administrator, IncidentSeedRecords.ComponentId, new ChangeSet { { field, v } })),
                (s, id) => read(s.Components.Single(c => c.ComponentId == id)));

        yield return T("component_name", FieldKind.FreeText, c => c.ComponentName);
        yield return T("environment", FieldKind.ComponentEnvironment, c => c.Environment.ToWireName());
        yield return T("operational_status", FieldKind.OperationalStatus, c => c.OperationalStatus.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> IncidentReport()
    {
        IncidentHostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<IncidentReportRequest, string?, IncidentReportRequest> set, Func<Incident, string?> read) =>
            new("incident_report", field, kind, n, d, Nothing, (h, v) => CallOutcome.Of(h.Get<IncidentReport>().ReportAsync(Manager, set(Incident, v))),
                (s, id) => read(s.Incidents.Single(i => i.IncidentId == id)));

        yield return new("incident_report", "actor_user_id", FieldKind.Id, NullMeans.Refused, null, Nothing,
            (h, v) => CallOutcome.Of(h.Get<IncidentReport>().ReportAsync(v!, Incident)), (_, _) => null);
        yield return T("title", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { Title = v }, i => i.Title);
        yield return T("category", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { Category = v }, i => i.Category);
        yield return T("severity", FieldKind.Severity, NullMeans.Refused, null, (r, v) => r with { Severity = v }, i => i.Severity.ToWireName());
        yield return T("impact_level", FieldKind.IncidentLevel, NullMeans.Refused, null, (r, v) => r with { ImpactLevel = v }, i => i.ImpactLevel.ToWireName());
        yield return T("urgency_level", FieldKind.IncidentLevel, NullMeans.Refused, null, (r, v) => r with { UrgencyLevel = v }, i => i.UrgencyLevel.ToWireName());
        yield return T("client_id", FieldKind.Id, NullMeans.Refused, null, (r, v) => r with { ClientId = v }, i => i.ClientId);
        yield return T("component_id", FieldKind.Id, NullMeans.Refused, null, (r, v) => r with { ComponentId = v }, i => i.ComponentId);
        yield return T("detection_timestamp", FieldKind.Timestamp, NullMeans.Refused, null, (r, v) => r with { DetectionTimestamp = v }, i => i.DetectionTimestamp.ToString("O"));
        yield return T("assigned_to_user_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { AssignedToUserId = v }, i => i.AssignedToUserId);
        yield return T("status", FieldKind.IncidentStatus, NullMeans.Default, "open", (r, v) => r with { Status = v }, i => i.Status.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> IncidentUpdate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, Func<Incident, string?> read) =>
            new("incident_update", field, kind, NullMeans.Refused, null, ReportedAsync,
                (h, v) => CallOutcome.Of(h.Get<IncidentUpdate>().UpdateAsync(Manager, First, new ChangeSet { { field, v } })),
                (s, id) => read(s.Incidents.Single(i => i.IncidentId == id)));

        yield return new("incident_update", "incident_id", FieldKind.Id, NullMeans.Refused, null, ReportedAsync,
            (h, v) => CallOutcome.Of(h.Get<IncidentUpdate>().UpdateAsync(Manager, v!, new ChangeSet { { "status", "investigating" } })), (_, _) => null);
        yield return T("title", FieldKind.FreeText, i => i.Title);
        yield return T("category", FieldKind.FreeText, i => i.Category);
        yield return T("status", FieldKind.IncidentStatus, i => i.Status.ToWireName());
        yield return T("severity", FieldKind.Severity, i => i.Severity.ToWireName());
        yield return T("impact_level", FieldKind.IncidentLevel, i => i.ImpactLevel.ToWireName());
        yield return T("urgency_level", FieldKind.IncidentLevel, i => i.UrgencyLevel.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> EscalationCreate()
    {
        IncidentHostileTarget T(string field, FieldKind kind, NullMeans n, Func<EscalationCreateRequest, string?, EscalationCreateRequest> set, Func<Escalation, string?> read) =>
            new("escalation_create", field, kind, n, null, ReportedAsync, (h, v) => CallOutcome.Of(h.Get<EscalationCreation>().EscalateAsync(Manager, set(Escalation, v))),
                (s, id) => read(s.Escalations.Single(e => e.EscalationId == id)));

        yield return T("incident_id", FieldKind.Id, NullMeans.Refused, (r, v) => r with { IncidentId = v }, e => e.IncidentId);
        yield return T("escalated_to_user", FieldKind.Id, NullMeans.Refused, (r, v) => r with { EscalatedToUser = v }, e => e.EscalatedToUser);
        yield return T("escalation_level", FieldKind.EscalationLevel, NullMeans.Refused, (r, v) => r with { EscalationLevel = v }, e => e.EscalationLevel.ToWireName());
        yield return T("reason", FieldKind.FreeText, NullMeans.Empty, (r, v) => r with { Reason = v }, e => e.Reason);
    }

    private static IEnumerable<IncidentHostileTarget> CommunicationRecord()
    {
        IncidentHostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<CommunicationRecordRequest, string?, CommunicationRecordRequest> set, Func<Communication, string?> read) =>
            new("communication_record", field, kind, n, d, ReportedAsync, (h, v) => CallOutcome.Of(h.Get<CommunicationRecording>().RecordAsync(Manager, set(Communication, v))),
                (s, id) => read(s.Communications.Single(c => c.CommunicationId == id)));

        yield return T("incident_id", FieldKind.Id, NullMeans.Refused, null, (r, v) => r with { IncidentId = v }, c => c.IncidentId);
        yield return T("recipient_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { RecipientId = v }, c => c.RecipientId);
        yield return T("recipient_type", FieldKind.RecipientType, NullMeans.Empty, null, (r, v) => r with { RecipientType = v }, c => c.RecipientType?.ToWireName());
        yield return T("communication_type", FieldKind.CommunicationType, NullMeans.Refused, null, (r, v) => r with { CommunicationType = v }, c => c.CommunicationType.ToWireName());
        yield return T("delivery_method", FieldKind.DeliveryMethod, NullMeans.Refused, null, (r, v) => r with { DeliveryMethod = v }, c => c.DeliveryMethod.ToWireName());
        yield return T("delivery_status", FieldKind.DeliveryStatus, NullMeans.Default, "pending", (r, v) => r with { DeliveryStatus = v }, c => c.DeliveryStatus.ToWireName());
    }

    private static IEnumerable<IncidentHostileTarget> Closing()
    {
        yield return new("communication_delivery_update", "delivery_status", FieldKind.DeliveryStatus, NullMeans.Refused, null, CommunicatedAsync,
            (h, v) => CallOutcome.Of(h.Get<CommunicationDeliveryUpdate>().UpdateAsync(Manager, First, v!)),
            (s, id) => s.Communications.Single(c => c.CommunicationId == id).DeliveryStatus.ToWireName());
        yield return new("escalation_resolve", "escalation_id", FieldKind.Id, NullMeans.Refused, null, EscalatedAsync,
            (h, v) => CallOutcome.Of(h.Get<EscalationClosing>().ResolveAsync(Manager, v!)), (_, _) => null);
        yield return new("review_schedule", "facilitator_user", FieldKind.Id, NullMeans.Refused, null, ClosedAsync,
            (h, v) => CallOutcome.Of(h.Get<PostIncidentReviews>().ScheduleAsync(Manager, Review with { FacilitatorUser = v })),
            (s, id) => s.Reviews.Single(r => r.ReviewId == id).FacilitatorUser);
        yield return new("review_schedule", "scheduled_date", FieldKind.Timestamp, NullMeans.Refused, null, ClosedAsync,
            (h, v) => CallOutcome.Of(h.Get<PostIncidentReviews>().ScheduleAsync(Manager, Review with { ScheduledDate = v })),
            (s, id) => s.Reviews.Single(r => r.ReviewId == id).ScheduledDate.ToString("O"));
        yield return new("review_complete", "overall_rating", FieldKind.ReviewRating, NullMeans.Refused, null, ScheduledAsync,
            (h, v) => CallOutcome.Of(h.Get<PostIncidentReviews>().CompleteAsync(Manager, First, v)),
            (s, id) => s.Reviews.Single(r => r.ReviewId == id).OverallRating?.ToWireName());
    }

    private static Task Nothing(IncidentCoreHarness harness) => Task.CompletedTask;

    private static async Task ReportedAsync(IncidentCoreHarness h) => await Succeeded(h.Get<IncidentReport>().ReportAsync(Manager, Incident));

    private static async Task EscalatedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        await Succeeded(h.Get<EscalationCreation>().EscalateAsync(Manager, Escalation with { EscalatedToUser = Cast.Executive }));
    }

    private static async Task CommunicatedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        await Succeeded(h.Get<CommunicationRecording>().RecordAsync(Manager, Communication));
    }

    private static async Task ClosedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        await Succeeded(h.Get<IncidentUpdate>().UpdateAsync(Manager, First, new ChangeSet { { "status", "resolved" } }));
        await Succeeded(h.Get<IncidentUpdate>().UpdateAsync(Manager, First, new ChangeSet { { "status", "closed" } }));
    }

    private static async Task ScheduledAsync(IncidentCoreHarness h)
    {
        await ClosedAsync(h);
        await Succeeded(h.Get<PostIncidentReviews>().ScheduleAsync(Manager, Review));
    }

    private static async Task Succeeded<T>(ValueTask<SopResult<T>> call)
    {
        var result = await call;
        Assert.True(result.Succeeded, $"Preparing the target halted: {result.Halt}");
    }
}
