using BenchmarkDotNet.Attributes;
using IncidentCore.Benchmarks.Sqlite;
using IncidentCore.Benchmarks.Workload;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Benchmarks.EntityFrameworkCore;

/// <summary>
/// Client onboarding on SQLite database files (write-ahead log), in one run: the hand-written ADO.NET baseline (the
/// two inserts in one transaction, nothing else), IncidentCore through the SQLite sample adapter, and IncidentCore
/// through the Entity Framework Core store on the EF Core SQLite provider, once with the context registered by
/// <c>AddDbContext</c> (a new context per unit of work) and once with <c>AddDbContextPool</c> (contexts reused). Each
/// store starts from a new database file holding only the acting administrator.
/// </summary>
[MemoryDiagnoser]
public class EntityFrameworkOnboardingBenchmarks
{
    private readonly RequestBatch<ClientOnboardingRequest> _requests = new(Requests.NewClient);
    private readonly List<ServiceProvider> _providers = [];
    private string _directory = null!;
    private HandWrittenOnboarding _handWritten = null!;
    private ClientOnboarding _sampleAdapter = null!;
    private ClientOnboarding _entityFramework = null!;
    private ClientOnboarding _entityFrameworkPooled = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Hand-written ADO.NET inserts")]
    public Task<string> HandWritten() => _handWritten.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    [Benchmark(Description = "IncidentCore on the SQLite sample adapter")]
    public ValueTask<SopResult<string>> SampleAdapter() => _sampleAdapter.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    [Benchmark(Description = "IncidentCore on EF Core (AddDbContext)")]
    public ValueTask<SopResult<string>> EntityFramework() => _entityFramework.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    [Benchmark(Description = "IncidentCore on EF Core (AddDbContextPool)")]
    public ValueTask<SopResult<string>> EntityFrameworkPooled() => _entityFrameworkPooled.OnboardAsync(BenchmarkStore.AdministratorId, _requests.Next());

    private async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("incidentcore-bench-efcore-").FullName;
        string NewDatabase(string name) => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, name) }.ToString();

        var sampleDatabase = NewDatabase("sample.db");
        _sampleAdapter = await StartAsync(services => services.AddIncidentCore().UseSqliteStore(sampleDatabase));
        _handWritten = new HandWrittenOnboarding(sampleDatabase, TimeProvider.System);

        var efDatabase = NewDatabase("efcore.db");
        await using (var context = new BenchmarkDbContext(new DbContextOptionsBuilder<BenchmarkDbContext>().UseSqlite(efDatabase).Options))
        {
            await context.Database.EnsureCreatedAsync();
        }

        _entityFramework = await StartAsync(services =>
        {
            services.AddDbContext<BenchmarkDbContext>(options => options.UseSqlite(efDatabase));
            services.AddIncidentCore().AddEntityFrameworkStores<BenchmarkDbContext>().UseSqliteErrorClassifier();
        });

        var pooledDatabase = NewDatabase("efcore-pooled.db");
        await using (var context = new BenchmarkDbContext(new DbContextOptionsBuilder<BenchmarkDbContext>().UseSqlite(pooledDatabase).Options))
        {
            await context.Database.EnsureCreatedAsync();
        }

        _entityFrameworkPooled = await StartAsync(services =>
        {
            services.AddDbContextPool<BenchmarkDbContext>(options => options.UseSqlite(pooledDatabase));
            services.AddIncidentCore().AddEntityFrameworkStores<BenchmarkDbContext>().UseSqliteErrorClassifier();
        });

        await HandWritten();
        Expect.Success(await SampleAdapter(), "Client onboarding on the SQLite sample adapter");
        Expect.Success(await EntityFramework(), "Client onboarding on EF Core");
        Expect.Success(await EntityFrameworkPooled(), "Client onboarding on EF Core with a context pool");
    }

    private async Task<ClientOnboarding> StartAsync(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        register(services);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        await using (var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
        {
            work.Users.Add(BenchmarkStore.Users[0]);
            var commit = await work.CommitAsync();
            if (!commit.IsCommitted)
            {
                throw new InvalidOperationException($"The acting administrator could not be stored: {commit.Status}.");
            }
        }

        return provider.GetRequiredService<ClientOnboarding>();
    }
}
