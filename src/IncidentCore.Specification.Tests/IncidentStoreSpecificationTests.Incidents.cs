using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using Xunit;

namespace IncidentCore.Specification.Tests;

/// <summary>
/// The incident domain, for stores whose units of work implement <see cref="IIncidentUnitOfWork"/>; a store that does
/// not hold incidents reports these facts skipped.
/// </summary>
public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A product, a component, an incident, an escalation, a communication and a review read back with every field.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task IncidentRecords_WhenCommitted_ReadBackEveryField()
    {
        await using var host = await StartIncidentHostAsync();
        var now = host.Time.GetUtcNow();
        var (product, component) = await AddProductAndComponentAsync(host, now);
        var incident = Incident(host, component.ComponentId, now);
        var escalation = new Escalation
        {
            EscalationId = host.Ids.NewId(EntityType.Escalation), IncidentId = incident.IncidentId, EscalatedByUser = "a", EscalatedToUser = "b",
            EscalationLevel = EscalationLevel.Technical, Reason = "needs a database expert", EscalatedAt = now,
        };
        var communication = new Communication
        {
            CommunicationId = host.Ids.NewId(EntityType.Communication), IncidentId = incident.IncidentId, SenderId = "a", RecipientType = RecipientType.TechnicalTeam,
            CommunicationType = CommunicationType.Update, DeliveryMethod = DeliveryMethod.Chat, CreatedAt = now,
        };
        var review = new PostIncidentReview
        {
            ReviewId = host.Ids.NewId(EntityType.PostIncidentReview), IncidentId = incident.IncidentId, FacilitatorUser = "a", ScheduledDate = now.AddDays(1), CreatedAt = now,
        };

        var result = await host.CommitAsync(work =>
        {
            var store = (IIncidentUnitOfWork)work;
            store.Incidents.Add(incident);
            store.Escalations.Add(escalation);
            store.Communications.Add(communication);
            store.Reviews.Add(review);
        });

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.Equal(product, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Products.FindByIdAsync(product.ProductId)));
        Assert.Equal(component, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Components.FindByIdAsync(component.ComponentId)));
        Assert.Equal(incident, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Incidents.FindByIdAsync(incident.IncidentId)));
        Assert.Equal(escalation, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Escalations.FindByIdAsync(escalation.EscalationId)));
        Assert.Equal(communication, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Communications.FindByIdAsync(communication.CommunicationId)));
        Assert.Equal(review, await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Reviews.FindByIdAsync(review.ReviewId)));
    }

    /// <summary>A product name is unique by its key and a component name within its product, at commit.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task IncidentRecords_WhenAUniqueKeyIsTaken_RefuseTheCommitNamingTheField()
    {
        await using var host = await StartIncidentHostAsync();
        var now = host.Time.GetUtcNow();
        var (product, component) = await AddProductAndComponentAsync(host, now);

        var twinProduct = await host.CommitAsync(work => ((IIncidentUnitOfWork)work).Products.Add(product with
        {
            ProductId = host.Ids.NewId(EntityType.Product), ProductName = product.ProductName.ToLowerInvariant(),
        }));
        var twinComponent = await host.CommitAsync(work => ((IIncidentUnitOfWork)work).Components.Add(component with
        {
            ComponentId = host.Ids.NewId(EntityType.InfrastructureComponent), ComponentName = " " + component.ComponentName.ToUpperInvariant(),
        }));
        var elsewhere = await host.CommitAsync(work => ((IIncidentUnitOfWork)work).Components.Add(component with
        {
            ComponentId = host.Ids.NewId(EntityType.InfrastructureComponent), ProductId = null,
        }));

        Assert.Equal((CommitStatus.Duplicate, "product_name"), (twinProduct.Status, twinProduct.DuplicateField));
        Assert.Equal((CommitStatus.Duplicate, "component_name"), (twinComponent.Status, twinComponent.DuplicateField));
        Assert.True(elsewhere.IsCommitted, "The same name under no product is another key.");
    }

    /// <summary>Racing escalations at one level of one incident leave exactly one active, through the procedure.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task Escalations_WhenRacingAtOneLevel_LeaveExactlyOneActive()
    {
        await using var host = await StartIncidentHostAsync();
        var admin = await host.SeedAdministratorAsync();
        var (manager, incidentId, targetId) = await ReportedIncidentAsync(host, admin);
        var escalate = host.Get<EscalationCreation>();

        var results = await Race.RunAsync(8, _ => escalate.EscalateAsync(manager, new EscalationCreateRequest
        {
            IncidentId = incidentId, EscalatedToUser = targetId, EscalationLevel = "technical",
        }).AsTask());

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
        var escalations = await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Escalations.ListByIncidentAsync(incidentId));
        Assert.Single(escalations, e => e.Status == EscalationStatus.Active);
    }

    /// <summary>History rows commit with their incident update and its audit entry, or not at all.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task IncidentUpdate_WritesItsHistoryRowsInTheSameCommit()
    {
        await using var host = await StartIncidentHostAsync();
        var admin = await host.SeedAdministratorAsync();
        var (manager, incidentId, _) = await ReportedIncidentAsync(host, admin);
        var update = host.Get<IncidentUpdate>();

        var updated = await update.UpdateAsync(manager, incidentId, new ChangeSet { { "status", "investigating" }, { "urgency_level", "low" } });
        var refused = await update.UpdateAsync(manager, incidentId, new ChangeSet { { "status", "closed" } });

        Assert.True(updated.Succeeded, updated.ToString());
        Assert.False(refused.Succeeded);
        var history = await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Incidents.ListHistoryAsync(incidentId));
        Assert.Equal(["status", "urgency_level"], history.Select(r => r.FieldChanged));
        Assert.Equal(2, (await host.AuditTrailAsync()).Count(e => e.EntityType == EntityType.Incident && e.Outcome == AuditOutcome.Succeeded));
    }

    /// <summary>A client's incidents page by key in report order, and a page after an id that is not the client's is empty.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task IncidentsOfAClient_PageByKeyInReportOrder()
    {
        await using var host = await StartIncidentHostAsync();
        var now = host.Time.GetUtcNow();
        var (_, component) = await AddProductAndComponentAsync(host, now);
        var incidents = Enumerable.Range(0, 5).Select(_ => Incident(host, component.ComponentId, now)).ToList();
        var other = Incident(host, component.ComponentId, now) with { ClientId = "another-client" };
        foreach (var incident in incidents.Take(3).Append(other).Concat(incidents.Skip(3)))
        {
            Assert.True((await host.CommitAsync(work => ((IIncidentUnitOfWork)work).Incidents.Add(incident))).IsCommitted);
        }

        var pages = new List<Incident>();
        string? after = null;
        while (true)
        {
            var page = await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Incidents.ListByClientAsync(incidents[0].ClientId, after, 2));
            if (page.Count == 0)
            {
                break;
            }

            pages.AddRange(page);
            after = page[^1].IncidentId;
        }

        Assert.Equal(incidents.Select(i => i.IncidentId), pages.Select(i => i.IncidentId));
        Assert.Empty(await host.ReadAsync(work => ((IIncidentUnitOfWork)work).Incidents.ListByClientAsync(incidents[0].ClientId, other.IncidentId, 2)));
    }

    private async Task<SpecificationHost> StartIncidentHostAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var host = StartHost();
        await using (var work = await host.Store.BeginAsync())
        {
            if (work is not IIncidentUnitOfWork)
            {
                await host.DisposeAsync();
                Skip.If(true, "The store does not hold incidents: its units of work do not implement IIncidentUnitOfWork.");
            }
        }

        return host;
    }

    private static async Task<(Product Product, InfrastructureComponent Component)> AddProductAndComponentAsync(SpecificationHost host, DateTimeOffset now)
    {
        var product = new Product { ProductId = host.Ids.NewId(EntityType.Product), ProductName = "Ledger Service", ProductType = "service", CreatedAt = now, UpdatedAt = now };
        var component = new InfrastructureComponent
        {
            ComponentId = host.Ids.NewId(EntityType.InfrastructureComponent), ComponentName = "ledger-db", ComponentType = "database",
            Environment = ComponentEnvironment.Production, ProductId = product.ProductId, PortNumber = 5432, CreatedAt = now, UpdatedAt = now,
        };
        var result = await host.CommitAsync(work =>
        {
            ((IIncidentUnitOfWork)work).Products.Add(product);
            ((IIncidentUnitOfWork)work).Components.Add(component);
        });
        Assert.True(result.IsCommitted, $"Seeding the product ended with {result.Status}.");
        return (product, component);
    }

    private static Incident Incident(SpecificationHost host, string componentId, DateTimeOffset now) => new()
    {
        IncidentId = host.Ids.NewId(EntityType.Incident), Title = "Ledger slow", Category = "performance", Severity = Severity.P2,
        ImpactLevel = IncidentLevel.High, UrgencyLevel = IncidentLevel.Medium, ClientId = "client-of-incidents", ComponentId = componentId,
        ReporterUserId = "reporter", DetectionTimestamp = now.AddMinutes(-3), CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>A client, an incident manager, a technician and an incident reported by the manager.</summary>
    private static async Task<(string ManagerId, string IncidentId, string TechnicianId)> ReportedIncidentAsync(SpecificationHost host, string admin)
    {
        var manager = await host.Get<UserRegistration>().RegisterAsync(admin, new UserRegistrationRequest { Name = "Ian Manager", Email = "ian@example.com", Role = "incident_manager" });
        var onboard = await host.Get<ClientOnboarding>().OnboardAsync(admin, new ClientOnboardingRequest
        {
            ClientName = "Incident Client", RegistrationNumber = "INC-1", ContactEmail = "ops@incident-client.example", ClientType = "startup",
        });
        var technician = await host.Get<UserRegistration>().RegisterAsync(admin, new UserRegistrationRequest { Name = "Tess Tech", Email = "tess@example.com", Role = "technical_support" });
        var product = await host.Get<ProductCreation>().CreateAsync(admin, new ProductCreateRequest { ProductName = "Ledger", ProductType = "service" });
        var component = await host.Get<ComponentCreation>().CreateAsync(admin, new ComponentCreateRequest
        {
            ComponentName = "ledger-api", ComponentType = "api", Environment = "production", ProductId = product.Value,
        });
        var incident = await host.Get<IncidentReport>().ReportAsync(manager.Value!, new IncidentReportRequest
        {
            Title = "Ledger down", Category = "availability", Severity = "P1", ImpactLevel = "critical", UrgencyLevel = "critical",
            ClientId = onboard.Value, ComponentId = component.Value, DetectionTimestamp = host.Time.GetUtcNow().AddMinutes(-1).ToString("O"),
        });
        Assert.True(incident.Succeeded, incident.ToString());
        return (manager.Value!, incident.Value, technician.Value!);
    }
}
