using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Procedures;

/// <summary>
/// Incident report and incident update end to end on the in-memory store (1,000 clients, one product and one
/// component seeded), against client onboarding in the same run: validation (with the severity given), actor load,
/// authorization, the client, component and assignee checks, write, history row (update) and audit entry in one
/// commit. Requests are built before each iteration; the store is built anew before every iteration, like
/// <see cref="ProcedureBenchmarks"/>, and the update changes the title of one reported incident back and forth.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(Invocations)]
public class IncidentBenchmarks
{
    private const int Invocations = 512;
    private const int SeededClients = 1_000;

    private readonly RequestBatch<ClientOnboardingRequest> _clients = new(Requests.NewClient);
    private readonly RequestBatch<IncidentCore.Procedures.Incidents.IncidentReportRequest> _incidents = new(Requests.NewIncident);
    private readonly ChangeSet[] _titleChanges = [new() { { "title", "Ledger writes time out" } }, new() { { "title", "Ledger writes are slow" } }];
    private FixedSizeStore _store = null!;
    private BenchmarkStore? _reportedIn;
    private string _incidentId = null!;
    private int _updates;

    [GlobalSetup]
    public void Setup()
    {
        _store = new FixedSizeStore(SeededClients);
        PrepareIteration();
        Expect.Success(ClientOnboarding(), "Client onboarding");
        Expect.Success(IncidentReport(), "Incident report");
        Expect.Success(IncidentUpdate(), "Incident update");
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [IterationSetup]
    public void PrepareIteration()
    {
        _store.BeforeIteration(Invocations);
        if (!ReferenceEquals(_reportedIn, _store.Current))
        {
            // A store built anew holds no incident yet: report the one the updates change.
            _reportedIn = _store.Current;
            _incidentId = Expect.Success(
                _store.Current.IncidentReport.ReportAsync(BenchmarkStore.IncidentManagerId, Requests.NewIncident(0)).AsTask().GetAwaiter().GetResult(),
                "Incident report");
        }

        _clients.Prepare(Invocations);
        _incidents.Prepare(Invocations);
    }

    [Benchmark(Baseline = true, Description = "Client onboarding")]
    public ValueTask<SopResult<string>> ClientOnboarding() =>
        _store.Current.ClientOnboarding.OnboardAsync(BenchmarkStore.AdministratorId, _clients.Next());

    [Benchmark(Description = "Incident report")]
    public ValueTask<SopResult<string>> IncidentReport() =>
        _store.Current.IncidentReport.ReportAsync(BenchmarkStore.IncidentManagerId, _incidents.Next());

    [Benchmark(Description = "Incident update")]
    public ValueTask<SopResult<Incident>> IncidentUpdate() =>
        _store.Current.IncidentUpdate.UpdateAsync(BenchmarkStore.IncidentManagerId, _incidentId, _titleChanges[++_updates & 1]);
}
