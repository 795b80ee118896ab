using IncidentCore.Adapters.InMemory;
using IncidentCore.Procedures.Incidents;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Support;

/// <summary>The test host with the incident seed and the incident procedures at hand.</summary>
internal sealed class IncidentHost : IAsyncDisposable
{
    private IncidentHost(TestHost host) => Host = host;

    public TestHost Host { get; }

    public IncidentReport Report => Get<IncidentReport>();

    public IncidentUpdate Update => Get<IncidentUpdate>();

    public IncidentRead Read => Get<IncidentRead>();

    public ClientIncidentsList List => Get<ClientIncidentsList>();

    public EscalationCreation Escalate => Get<EscalationCreation>();

    public EscalationClosing Escalations => Get<EscalationClosing>();

    public CommunicationRecording Communicate => Get<CommunicationRecording>();

    public CommunicationDeliveryUpdate Delivery => Get<CommunicationDeliveryUpdate>();

    public PostIncidentReviews Reviews => Get<PostIncidentReviews>();

    public ProductCreation Products => Get<ProductCreation>();

    public ComponentCreation Components => Get<ComponentCreation>();

    public ComponentUpdate ComponentUpdate => Get<ComponentUpdate>();

    public static IncidentHost Create(Action<InMemorySeedData>? more = null) => new(TestHost.Create(store: b => b.AddInMemoryStores(seed =>
    {
        IncidentSeed.Add(seed);
        more?.Invoke(seed);
    })));

    public static IncidentReportRequest P1ForClientA() => new()
    {
        Title = "Checkout fails", Category = "payments", ImpactLevel = "critical", UrgencyLevel = "high", ClientId = Seed.ClientA,
        ComponentId = IncidentSeed.ComponentOfA, DetectionTimestamp = "2025-09-25T11:30:00Z",
        ClassificationFlags = new Dictionary<string, bool> { ["p1_complete_outage_no_workaround"] = true, ["p3_single_department_or_non_critical"] = true },
    };

    public async Task<string> ReportedAsync(IncidentReportRequest? request = null) =>
        ResultAssert.Succeeded(await Report.ReportAsync(Seed.IncidentManager, request ?? P1ForClientA()));

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private T Get<T>()
        where T : notnull => Host.Provider.GetRequiredService<T>();
}
