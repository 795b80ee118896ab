using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Verification.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// IncidentCore with the change and rollback procedures, a fake clock at the policy's current time, captured logs and
/// an escalation hook that counts; one user of every role and status. With a store decorator, the in-memory store is
/// built in a provider of its own and the procedures see it only through the decorator.
/// </summary>
internal sealed class ApprovalWorld : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ServiceProvider? _storageProvider;

    private ApprovalWorld(Action<IncidentCoreOptions>? configure, Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? decorateStore)
    {
        Time = new FakeTimeProvider(PolicyClock.Now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var builder = services.AddIncidentCore(configure).UseEscalationHook<CountingEscalationHook>();
        if (decorateStore is null)
        {
            builder.AddInMemoryStores(Seed);
            _provider = services.BuildServiceProvider(validateScopes: true);
            Storage = _provider.GetRequiredService<IUnitOfWorkFactory>();
        }
        else
        {
            var storageServices = new ServiceCollection();
            storageServices.AddIncidentCore().AddInMemoryStores(Seed);
            _storageProvider = storageServices.BuildServiceProvider();
            Storage = _storageProvider.GetRequiredService<IUnitOfWorkFactory>();
            var ids = _storageProvider.GetRequiredService<IIdGenerator>();
            var decorated = decorateStore(Storage);
            builder.UseStore(_ => decorated, _ => ids);
            _provider = services.BuildServiceProvider(validateScopes: true);
        }

        Logs = _provider.GetFakeLogCollector();
        Escalations = (CountingEscalationHook)_provider.GetRequiredService<IEscalationHook>();
        Changes = _provider.GetRequiredService<ChangeRequestCreation>();
        ChangeApproval = _provider.GetRequiredService<ChangeApproval>();
        Scheduling = _provider.GetRequiredService<ChangeScheduling>();
        ChangeExecution = _provider.GetRequiredService<ChangeExecution>();
        ChangeRead = _provider.GetRequiredService<ChangeRequestRead>();
        Rollbacks = _provider.GetRequiredService<RollbackRequestCreation>();
        RollbackApproval = _provider.GetRequiredService<RollbackApproval>();
        RollbackExecution = _provider.GetRequiredService<RollbackExecution>();
        RollbackRead = _provider.GetRequiredService<RollbackRequestRead>();
    }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs { get; }

    public CountingEscalationHook Escalations { get; }

    /// <summary>The store itself, without any decorator: what tests read state through.</summary>
    public IUnitOfWorkFactory Storage { get; }

    public ChangeRequestCreation Changes { get; }

    public ChangeApproval ChangeApproval { get; }

    public ChangeScheduling Scheduling { get; }

    public ChangeExecution ChangeExecution { get; }

    public ChangeRequestRead ChangeRead { get; }

    public RollbackRequestCreation Rollbacks { get; }

    public RollbackApproval RollbackApproval { get; }

    public RollbackExecution RollbackExecution { get; }

    public RollbackRequestRead RollbackRead { get; }

    public static ApprovalWorld Create(Action<IncidentCoreOptions>? configure = null, Func<IUnitOfWorkFactory, IUnitOfWorkFactory>? decorateStore = null) =>
        new(configure, decorateStore);

    /// <summary>The id of the seeded user with this role and status; a second active one of each role has the suffix "-2".</summary>
    public static string UserOf(UserRole role, UserStatus status = UserStatus.Active, bool second = false) =>
        $"ap-{role.ToWireName()}-{status.ToWireName()}{(second ? "-2" : string.Empty)}";

    public static IEnumerable<User> Users()
    {
        foreach (var role in WireNames.UserRole.Values)
        {
            foreach (var status in WireNames.UserStatus.Values)
            {
                yield return User(UserOf(role, status), role, status);
            }

            yield return User(UserOf(role, second: true), role, UserStatus.Active);
        }
    }

    public async Task<ChangeRequest?> ChangeAsync(string id)
    {
        await using var work = await Storage.BeginAsync();
        return await ((IApprovalUnitOfWork)work).ChangeRequests.FindByIdAsync(id);
    }

    public async Task<RollbackRequest?> RollbackAsync(string id)
    {
        await using var work = await Storage.BeginAsync();
        return await ((IApprovalUnitOfWork)work).RollbackRequests.FindByIdAsync(id);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync()
    {
        await using var work = await Storage.BeginAsync();
        return await work.AuditTrail.ListAsync(null, int.MaxValue);
    }

    /// <summary>Every change and rollback named by <paramref name="changeIds"/> and <paramref name="rollbackIds"/>, and the audit trail, as one comparable text.</summary>
    public async Task<string> StateAsync(IEnumerable<string> changeIds, IEnumerable<string> rollbackIds)
    {
        var parts = new List<string>();
        foreach (var id in changeIds)
        {
            parts.Add((await ChangeAsync(id))?.ToString() ?? $"change {id}: none");
        }

        foreach (var id in rollbackIds)
        {
            parts.Add((await RollbackAsync(id))?.ToString() ?? $"rollback {id}: none");
        }

        foreach (var entry in await AuditAsync())
        {
            parts.Add($"{entry.AuditId} {entry.Action} {entry.EntityType} {entry.EntityId} {entry.Outcome} {entry.Reason} [{string.Join(",", entry.ChangedFields)}]");
        }

        return string.Join(Environment.NewLine, parts);
    }

    public void Dispose()
    {
        _provider.Dispose();
        _storageProvider?.Dispose();
    }

    private static void Seed(InMemorySeedData data)
    {
        foreach (var user in Users())
        {
            data.Users.Add(user);
        }
    }

    private static User User(string id, UserRole role, UserStatus status) => new()
    {
        UserId = id, Name = $"Person {id}", Email = $"{id}@approvals.example", Role = role, Status = status,
        CreatedAt = PolicyClock.Now, UpdatedAt = PolicyClock.Now,
    };
}
