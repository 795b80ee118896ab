using IncidentCore.Domain;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.Specification.Tests;

/// <summary>
/// One fact's service provider: IncidentCore with the store under test and a fake clock, plus shortcuts for staging
/// and reading through the ports. Disposing it disposes the provider and everything the store registered.
/// </summary>
internal sealed class SpecificationHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private SpecificationHost(ServiceProvider provider, FakeTimeProvider time)
    {
        _provider = provider;
        Time = time;
        Store = provider.GetRequiredService<IUnitOfWorkFactory>();
        Ids = provider.GetRequiredService<IIdGenerator>();
    }

    public FakeTimeProvider Time { get; }

    public IUnitOfWorkFactory Store { get; }

    public IIdGenerator Ids { get; }

    public static SpecificationHost Start(Action<IncidentCoreBuilder> addStore, DateTimeOffset startTime, Action<IncidentCoreOptions>? configure)
    {
        var time = new FakeTimeProvider(startTime);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddIncidentCore(configure);
        addStore(builder);
        return new SpecificationHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), time);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Begins a unit of work, stages writes, commits, and ends it.</summary>
    public async Task<CommitResult> CommitAsync(Action<IUnitOfWork> stage, CancellationToken cancellationToken = default)
    {
        await using var work = await Store.BeginAsync(cancellationToken);
        stage(work);
        return await work.CommitAsync(cancellationToken);
    }

    /// <summary>Reads committed data in a unit of work of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<IUnitOfWork, ValueTask<T>> read)
    {
        await using var work = await Store.BeginAsync();
        return await read(work);
    }

    /// <summary>Stages and commits the first system administrator, as a host seeds its store; returns the id.</summary>
    public async Task<string> SeedAdministratorAsync()
    {
        var administrator = SpecificationRecords.User(Ids.NewId(EntityType.User), 900, Time.GetUtcNow()) with
        {
            Role = UserRole.SystemAdministrator,
            Department = "IT",
        };
        var result = await CommitAsync(work => work.Users.Add(administrator));
        if (!result.IsCommitted)
        {
            throw new InvalidOperationException($"The store refused the first system administrator: {result.Status} {result.DuplicateField}.");
        }

        return administrator.UserId;
    }

    /// <summary>Reads the whole trail, a page of <paramref name="pageSize"/> at a time, each page after the last one read.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(int pageSize = 100)
    {
        var trail = new List<AuditEntry>();
        while (true)
        {
            var after = trail.Count == 0 ? null : trail[^1].AuditId;
            var page = await ReadAsync(work => work.AuditTrail.ListAsync(after, pageSize));
            trail.AddRange(page);
            if (page.Count < pageSize)
            {
                return trail;
            }
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
