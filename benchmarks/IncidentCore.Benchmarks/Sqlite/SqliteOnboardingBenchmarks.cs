using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Benchmarks.Sqlite;

/// <summary>
/// Client onboarding on a SQLite database file (write-ahead log, the sample adapter's schema): IncidentCore through
/// the SQLite sample adapter, against a hand-written ADO.NET baseline doing the same two inserts in one
/// transaction. Each benchmark starts from a new database file holding only the acting administrator.
/// </summary>
[MemoryDiagnoser]
public class SqliteOnboardingBenchmarks
{
    private readonly RequestBatch<ClientOnboardingRequest> _requests = new(Requests.NewClient);
    private string _directory = null!;
    private ServiceProvider _provider = null!;
    private ClientOnboarding _onboarding = null!;
    private HandWrittenOnboarding _handWritten = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _provider.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Hand-written ADO.NET inserts")]
    public Task<string> HandWritten() => _handWritten.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    [Benchmark(Description = "IncidentCore on the SQLite adapter")]
    public ValueTask<SopResult<string>> IncidentCore() => _onboarding.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    private async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("incidentcore-bench-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "incidents.db") }.ToString();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddIncidentCore().UseSqliteStore(connectionString);
        _provider = services.BuildServiceProvider();
        _onboarding = _provider.GetRequiredService<ClientOnboarding>();
        _handWritten = new HandWrittenOnboarding(connectionString, TimeProvider.System);

        await using (var work = await _provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
        {
            work.Users.Add(BenchmarkStore.Users[0]);
            var commit = await work.CommitAsync();
            if (!commit.IsCommitted)
            {
                throw new InvalidOperationException($"The acting administrator could not be stored: {commit.Status}.");
            }
        }

        Expect.Success(await IncidentCore(), "Client onboarding on SQLite");
        await HandWritten();
    }
}
