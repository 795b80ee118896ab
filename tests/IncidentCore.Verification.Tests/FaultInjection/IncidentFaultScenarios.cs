using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Verification.Tests.Support;
using static IncidentCore.Verification.Tests.FaultInjection.FaultScenarios;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>
/// Every incident procedure on its success path and on halts that touch storage, on a store seeded with
/// <see cref="IncidentSeedRecords"/>. The records a call acts on are made first, fault-free, by an incident manager;
/// the in-memory store numbers each kind from 1, so the first incident, escalation, communication and review are "1".
/// </summary>
internal static class IncidentFaultScenarios
{
    private const string First = "1";

    public static IncidentReportRequest NewIncident { get; } = new()
    {
        Title = "Ledger writes time out",
        Category = "database",
        Severity = "P2",
        ImpactLevel = "high",
        UrgencyLevel = "high",
        ClientId = SeedRecords.ClientId,
        ComponentId = IncidentSeedRecords.ComponentId,
        DetectionTimestamp = "2025-09-25T11:00:00Z",
    };

    private static readonly ProductCreateRequest NewProduct = new() { ProductName = "Brittle Billing", ProductType = "service", SupportVendorId = SeedRecords.VendorId };

    private static readonly ComponentCreateRequest NewComponent = new()
    {
        ComponentName = "billing-queue", ComponentType = "queue", Environment = "staging", ProductId = IncidentSeedRecords.ProductId, PortNumber = "5672",
    };

    private static readonly EscalationCreateRequest ToManagement = new() { IncidentId = First, EscalatedToUser = Cast.Executive, EscalationLevel = "management" };

    private static readonly CommunicationRecordRequest ToTechnicalTeam = new()
    {
        IncidentId = First, RecipientType = "technical_team", CommunicationType = "update", DeliveryMethod = "chat",
    };

    private static readonly ReviewScheduleRequest Review = new() { IncidentId = First, FacilitatorUser = Cast.IncidentManager, ScheduledDate = "2025-10-02T09:00:00Z" };

    public static IReadOnlyList<FaultScenario> All { get; } =
    [
        new("product_create succeeds", h => Outcome(h.Get<ProductCreation>().CreateAsync(Cast.TechnicalSupport, NewProduct))),
        new("product_create denied", h => Outcome(h.Get<ProductCreation>().CreateAsync(Cast.AccountManager, NewProduct))),
        new("product_create duplicate", h => Outcome(h.Get<ProductCreation>().CreateAsync(Cast.Administrator, NewProduct with { ProductName = "SEEDED ledger" }))),
        new("product_update succeeds", h => Outcome(h.Get<ProductUpdate>().UpdateAsync(Cast.Administrator, IncidentSeedRecords.ProductId, new ChangeSet { { "version", "3.2" }, { "status", "maintenance" } }))),
        new("product_update not_found", h => Outcome(h.Get<ProductUpdate>().UpdateAsync(Cast.Administrator, "999", new ChangeSet { { "version", "3.2" } }))),
        new("component_create succeeds", h => Outcome(h.Get<ComponentCreation>().CreateAsync(Cast.Administrator, NewComponent))),
        new("component_create duplicate", h => Outcome(h.Get<ComponentCreation>().CreateAsync(Cast.Administrator, NewComponent with { ComponentName = "Ledger-DB" }))),
        new("component_create not_found", h => Outcome(h.Get<ComponentCreation>().CreateAsync(Cast.Administrator, NewComponent with { ProductId = "999" }))),
        new("component_update succeeds", h => Outcome(h.Get<ComponentUpdate>().UpdateAsync(Cast.TechnicalSupport, IncidentSeedRecords.ComponentId, new ChangeSet { { "operational_status", "degraded" } }))),
        new("component_update denied", h => Outcome(h.Get<ComponentUpdate>().UpdateAsync(Cast.Executive, IncidentSeedRecords.ComponentId, new ChangeSet { { "location", "rack 7" } }))),
        new("incident_report succeeds", h => Outcome(h.Get<IncidentReport>().ReportAsync(Cast.TechnicalSupport, NewIncident))),
        new("incident_report denied", h => Outcome(h.Get<IncidentReport>().ReportAsync(Cast.AccountManager, NewIncident))),
        new("incident_report not_found", h => Outcome(h.Get<IncidentReport>().ReportAsync(Cast.IncidentManager, NewIncident with { ComponentId = "999" }))),
        new("incident_update succeeds", h => Outcome(h.Get<IncidentUpdate>().UpdateAsync(Cast.IncidentManager, First, new ChangeSet
            {
                { "status", "investigating" }, { "assigned_to_user_id", Cast.TechnicalSupport }, { "urgency_level", "critical" },
            })), ReportedAsync),
        new("incident_update denied", h => Outcome(h.Get<IncidentUpdate>().UpdateAsync(Cast.AccountManager, First, new ChangeSet { { "status", "investigating" } })), ReportedAsync),
        new("incident_update not_found", h => Outcome(h.Get<IncidentUpdate>().UpdateAsync(Cast.IncidentManager, "999", new ChangeSet { { "status", "investigating" } })), ReportedAsync),
        new("incident_update illegal move", h => Outcome(h.Get<IncidentUpdate>().UpdateAsync(Cast.IncidentManager, First, new ChangeSet { { "status", "closed" } })), ReportedAsync),
        new("incident_read succeeds", h => Outcome(h.Get<IncidentRead>().ReadAsync(Cast.AccountManager, First)), EscalatedAsync),
        new("incident_read denied", h => Outcome(h.Get<IncidentRead>().ReadAsync(Cast.ClientContact, First)), ReportedAsync),
        new("client_incidents_list succeeds", h => Outcome(h.Get<ClientIncidentsList>().ListAsync(Cast.Executive, SeedRecords.ClientId, null, 10)), ReportedAsync),
        new("escalation_create succeeds", h => Outcome(h.Get<EscalationCreation>().EscalateAsync(Cast.TechnicalSupport, ToManagement)), ReportedAsync),
        new("escalation_create duplicate", h => Outcome(h.Get<EscalationCreation>().EscalateAsync(Cast.TechnicalSupport, ToManagement with { EscalatedToUser = Cast.IncidentManager })), EscalatedAsync),
        new("escalation_create denied", h => Outcome(h.Get<EscalationCreation>().EscalateAsync(Cast.AccountManager, ToManagement)), ReportedAsync),
        new("escalation_resolve succeeds", h => Outcome(h.Get<EscalationClosing>().ResolveAsync(Cast.Executive, First)), EscalatedAsync),
        new("escalation_resolve denied", h => Outcome(h.Get<EscalationClosing>().ResolveAsync(Cast.TechnicalSupport, First)), EscalatedAsync),
        new("escalation_cancel succeeds", h => Outcome(h.Get<EscalationClosing>().CancelAsync(Cast.IncidentManager, First)), EscalatedAsync),
        new("communication_record succeeds", h => Outcome(h.Get<CommunicationRecording>().RecordAsync(Cast.TechnicalSupport, ToTechnicalTeam)), ReportedAsync),
        new("communication_record denied", h => Outcome(h.Get<CommunicationRecording>().RecordAsync(Cast.VendorContact, ToTechnicalTeam)), ReportedAsync),
        new("communication_delivery_update succeeds", h => Outcome(h.Get<CommunicationDeliveryUpdate>().UpdateAsync(Cast.TechnicalSupport, First, "sent")), CommunicatedAsync),
        new("review_schedule succeeds", h => Outcome(h.Get<PostIncidentReviews>().ScheduleAsync(Cast.Executive, Review)), ClosedAsync),
        new("review_schedule incident not closed", h => Outcome(h.Get<PostIncidentReviews>().ScheduleAsync(Cast.Executive, Review)), ReportedAsync),
        new("review_complete succeeds", h => Outcome(h.Get<PostIncidentReviews>().CompleteAsync(Cast.IncidentManager, First, "needs_improvement")), ScheduledAsync),
        new("review_cancel succeeds", h => Outcome(h.Get<PostIncidentReviews>().CancelAsync(Cast.Executive, First)), ScheduledAsync),
    ];

    private static async Task ReportedAsync(IncidentCoreHarness h) =>
        Assert.Equal(First, Succeeded(await h.Get<IncidentReport>().ReportAsync(Cast.IncidentManager, NewIncident)));

    private static async Task EscalatedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        Assert.Equal(First, Succeeded(await h.Get<EscalationCreation>().EscalateAsync(Cast.IncidentManager, ToManagement)));
    }

    private static async Task CommunicatedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        Assert.Equal(First, Succeeded(await h.Get<CommunicationRecording>().RecordAsync(Cast.IncidentManager, ToTechnicalTeam)));
    }

    private static async Task ClosedAsync(IncidentCoreHarness h)
    {
        await ReportedAsync(h);
        Succeeded(await h.Get<IncidentUpdate>().UpdateAsync(Cast.IncidentManager, First, new ChangeSet { { "status", "resolved" } }));
        Succeeded(await h.Get<IncidentUpdate>().UpdateAsync(Cast.IncidentManager, First, new ChangeSet { { "status", "closed" } }));
    }

    private static async Task ScheduledAsync(IncidentCoreHarness h)
    {
        await ClosedAsync(h);
        Assert.Equal(First, Succeeded(await h.Get<PostIncidentReviews>().ScheduleAsync(Cast.IncidentManager, Review)));
    }

    private static T Succeeded<T>(SopResult<T> result)
    {
        Assert.True(result.Succeeded, $"Preparing the scenario halted: {result.Halt}");
        return result.Value;
    }
}
