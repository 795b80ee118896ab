using IncidentCore.Domain;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// One test's host: IncidentCore on the EF Core store with the outbox participant, a system administrator and an
/// inactive user seeded, and shortcuts to read what was committed.
/// </summary>
internal sealed class ParticipationHost : IAsyncDisposable
{
    public const string AdministratorId = "admin";
    public const string InactiveUserId = "inactive";

    private ParticipationHost(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    public ParticipantProbe Probe => Provider.GetRequiredService<ParticipantProbe>();

    public static async Task<ParticipationHost> StartAsync(Func<IncidentCoreBuilder, EntityFrameworkStoreBuilder<HostDbContext>> addStore, bool withParticipant = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 9, 25, 12, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<ParticipantProbe>();
        var store = addStore(services.AddIncidentCore());
        if (withParticipant)
        {
            store.AddCommitParticipant<OutboxParticipant>();
        }

        var host = new ParticipationHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
        await using var work = await host.Get<IUnitOfWorkFactory>().BeginAsync();
        var at = DateTimeOffset.UnixEpoch;
        work.Users.Add(new User { UserId = AdministratorId, Name = "Ada", Email = "ada@example.com", Role = UserRole.SystemAdministrator, CreatedAt = at, UpdatedAt = at });
        work.Users.Add(new User { UserId = InactiveUserId, Name = "Ivo", Email = "ivo@example.com", Role = UserRole.SystemAdministrator, Status = UserStatus.Inactive, CreatedAt = at, UpdatedAt = at });
        var seeded = await work.CommitAsync();
        if (!seeded.IsCommitted)
        {
            throw new InvalidOperationException($"Seeding ended with {seeded.Status}.");
        }

        host.Probe.Reset();

        return host;
    }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = Provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditTrailAsync()
    {
        await using var work = await Get<IUnitOfWorkFactory>().BeginAsync();
        return await work.AuditTrail.ListAsync(null, 1000);
    }

    public async Task<IReadOnlyList<Client>> ClientsAsync()
    {
        await using var work = await Get<IUnitOfWorkFactory>().BeginAsync();
        return await work.Clients.ListAsync(0, 1000);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
