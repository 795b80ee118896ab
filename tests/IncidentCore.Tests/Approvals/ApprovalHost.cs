using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Procedures.Approvals;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Approvals;

/// <summary>The test host with the incident seed and the change and rollback procedures at hand.</summary>
internal sealed class ApprovalHost : IAsyncDisposable
{
    /// <summary>A second active executive and incident manager (matrix users), to decide what the first ones request.</summary>
    public static readonly string OtherExecutive = Seed.MatrixUser(UserRole.Executive, UserStatus.Active);
    public static readonly string OtherIncidentManager = Seed.MatrixUser(UserRole.IncidentManager, UserStatus.Active);

    private ApprovalHost(TestHost host) => Host = host;

    public TestHost Host { get; }

    public ChangeRequestCreation Changes => Get<ChangeRequestCreation>();

    public ChangeApproval ChangeApproval => Get<ChangeApproval>();

    public ChangeScheduling Scheduling => Get<ChangeScheduling>();

    public ChangeExecution ChangeExecution => Get<ChangeExecution>();

    public ChangeRequestRead ChangeRead => Get<ChangeRequestRead>();

    public RollbackRequestCreation Rollbacks => Get<RollbackRequestCreation>();

    public RollbackApproval RollbackApproval => Get<RollbackApproval>();

    public RollbackExecution RollbackExecution => Get<RollbackExecution>();

    public RollbackRequestRead RollbackRead => Get<RollbackRequestRead>();

    public static ApprovalHost Create(Action<IncidentCoreOptions>? configure = null) =>
        new(TestHost.Create(configure, store: b => b.AddInMemoryStores(IncidentSeed.Add)));

    public static ChangeRequestCreateRequest Change(string changeType = "normal", string riskLevel = "low", string? incidentId = null) =>
        new() { Title = "Rotate the database certificate", ChangeType = changeType, RiskLevel = riskLevel, IncidentId = incidentId };

    /// <summary>An incident of client A, reported by the incident manager.</summary>
    public async Task<string> ReportedIncidentAsync() =>
        ResultAssert.Succeeded(await Get<IncidentReport>().ReportAsync(Seed.IncidentManager, IncidentHost.P1ForClientA()));

    /// <summary>A change that ran: requested by technical support, approved by an executive, then started by technical support.</summary>
    public async Task<string> ChangeInProgressAsync()
    {
        var id = ResultAssert.Succeeded(await Changes.CreateAsync(Seed.TechnicalSupport, Change("upgrade", "high")));
        ResultAssert.Succeeded(await ChangeApproval.ApproveAsync(Seed.Executive, id));
        ResultAssert.Succeeded(await ChangeExecution.StartAsync(Seed.TechnicalSupport, id));
        return id;
    }

    public async Task<ChangeRequest?> ChangeAsync(string id)
    {
        await using var work = await Host.Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await ((IApprovalUnitOfWork)work).ChangeRequests.FindByIdAsync(id);
    }

    public async Task<RollbackRequest?> RollbackAsync(string id)
    {
        await using var work = await Host.Provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        return await ((IApprovalUnitOfWork)work).RollbackRequests.FindByIdAsync(id);
    }

    /// <summary>The succeeded audit entries of a record, in commit order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(EntityType entityType, string id) =>
        [.. (await Host.AuditAsync()).Where(e => e.EntityType == entityType && e.EntityId == id && e.Outcome == AuditOutcome.Succeeded)];

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private T Get<T>()
        where T : notnull => Host.Provider.GetRequiredService<T>();
}
