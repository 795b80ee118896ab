using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Procedures;

/// <summary>
/// Store-size flatness of the incident side, as ratios to the 1,000 case of each category: an incident report with
/// 1,000 and 1,000,000 incidents stored; reading one page (20) of a client's incidents after a given incident with
/// 1,000 and 1,000,000 incidents stored (the client holds 100 of them in both); reading one page (50) of the audit
/// trail after a given entry with 1,000 and 1,000,000 entries. Each method builds only its own store (1,000 clients);
/// the report keeps it within about 1 % of its size as <see cref="StoreSizeBenchmarks"/> does, with the same 16
/// warming calls before each iteration and no forced full collection. Onboarding at 1,000 against 1,000,000 stored
/// clients is <see cref="StoreSizeBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations)]
[GcForce(false)]
[MaxIterationCount(40)]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class IncidentStoreSizeBenchmarks
{
    private const int Invocations = 64;
    private const int WarmingCalls = 16;
    private const int Clients = 1_000;
    private const int Small = 1_000;
    private const int Large = 1_000_000;

    private readonly RequestBatch<IncidentCore.Procedures.Incidents.IncidentReportRequest> _requests = new(Requests.NewIncident);
    private FixedSizeStore? _store;

    // The page after the 40th of client 1's incidents, and after the 500th audit entry: the same page at any size.
    private readonly string _afterIncident = StoredIncidents.IdOf(39);
    private readonly string _afterAuditEntry = "500";

    [GlobalSetup(Targets = [nameof(Report_1000Incidents), nameof(ClientPage_1000Incidents)])]
    public void SetupSmallIncidents() => SetupIncidents(Small);

    [GlobalSetup(Targets = [nameof(Report_1000000Incidents), nameof(ClientPage_1000000Incidents)])]
    public void SetupLargeIncidents() => SetupIncidents(Large);

    [GlobalSetup(Target = nameof(AuditPage_1000Entries))]
    public void SetupSmallAudit() => SetupAudit(Small);

    [GlobalSetup(Target = nameof(AuditPage_1000000Entries))]
    public void SetupLargeAudit() => SetupAudit(Large);

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [IterationSetup(Targets = [nameof(Report_1000Incidents), nameof(Report_1000000Incidents)])]
    public void PrepareReports()
    {
        _store!.BeforeIteration(WarmingCalls + Invocations);
        _requests.Prepare(WarmingCalls);
        for (var i = 0; i < WarmingCalls; i++)
        {
            Expect.Success(Report(), "Incident report");
        }

        _requests.Prepare(Invocations);
    }

    [Benchmark(Baseline = true, Description = "Incident report, 1,000 incidents stored")]
    [BenchmarkCategory("Report")]
    public ValueTask<SopResult<string>> Report_1000Incidents() => Report();

    [Benchmark(Description = "Incident report, 1,000,000 incidents stored")]
    [BenchmarkCategory("Report")]
    public ValueTask<SopResult<string>> Report_1000000Incidents() => Report();

    [Benchmark(Baseline = true, Description = "Client's incidents page, 1,000 stored")]
    [BenchmarkCategory("Client page")]
    public ValueTask<SopResult<IReadOnlyList<Incident>>> ClientPage_1000Incidents() => ClientPage();

    [Benchmark(Description = "Client's incidents page, 1,000,000 stored")]
    [BenchmarkCategory("Client page")]
    public ValueTask<SopResult<IReadOnlyList<Incident>>> ClientPage_1000000Incidents() => ClientPage();

    [Benchmark(Baseline = true, Description = "Audit trail page, 1,000 entries")]
    [BenchmarkCategory("Audit page")]
    public ValueTask<SopResult<IReadOnlyList<AuditEntry>>> AuditPage_1000Entries() => AuditPage();

    [Benchmark(Description = "Audit trail page, 1,000,000 entries")]
    [BenchmarkCategory("Audit page")]
    public ValueTask<SopResult<IReadOnlyList<AuditEntry>>> AuditPage_1000000Entries() => AuditPage();

    private ValueTask<SopResult<string>> Report() =>
        _store!.Current.IncidentReport.ReportAsync(BenchmarkStore.IncidentManagerId, _requests.Next());

    private ValueTask<SopResult<IReadOnlyList<Incident>>> ClientPage() =>
        _store!.Current.ClientIncidentsList.ListAsync(BenchmarkStore.AdministratorId, "1", _afterIncident, 20);

    private ValueTask<SopResult<IReadOnlyList<AuditEntry>>> AuditPage() =>
        _store!.Current.AuditTrailRead.ReadPageAsync(BenchmarkStore.AdministratorId, _afterAuditEntry, 50);

    private void SetupIncidents(int incidents)
    {
        var clients = SeedClients.Create(Clients);
        _store = new FixedSizeStore(
            () =>
            {
                var store = new BenchmarkStore(clients);
                StoredIncidents.Fill(store, incidents, Clients);
                return store;
            },
            incidents);
        CheckReads();
    }

    private void SetupAudit(int entries)
    {
        var clients = SeedClients.Create(Clients);
        var audit = StoredIncidents.AuditEntries(entries);
        _store = new FixedSizeStore(() => new BenchmarkStore(clients, audit), entries);
        CheckReads();
    }

    private void CheckReads()
    {
        if (Expect.Success(ClientPage().AsTask().GetAwaiter().GetResult(), "Client's incidents page") is { Count: not (0 or 20) } page)
        {
            throw new InvalidOperationException($"The client's page holds {page.Count} incidents, not 20.");
        }

        if (Expect.Success(AuditPage().AsTask().GetAwaiter().GetResult(), "Audit trail page") is { Count: not (0 or 50) } entries)
        {
            throw new InvalidOperationException($"The audit page holds {entries.Count} entries, not 50.");
        }

        Expect.Success(Report(), "Incident report");
    }
}
