using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Approvals;
using Xunit;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// What the EF Core store does for change and rollback requests beyond the conformance suite: the filtered unique index
/// on open rollbacks lets a change be rolled back again once its open rollback is closed, a decision that loses the
/// race for a change is a conflict that writes nothing, racing decisions leave one winner and one host row, and a
/// rollback's completion commits with its change's move to rolled_back (and the host's rows) or not at all. Derived
/// once per provider.
/// </summary>
public abstract class ApprovalStorageTests
{
    private const string Technician = "technician";
    private const string Manager = "manager";
    private const string Executive = "executive";

    private static readonly DateTimeOffset At = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    protected virtual string? SkipReason => null;

    /// <summary>Registers the context on a new, empty database with the host's tables and IncidentCore's, and the store with the provider's classifier.</summary>
    protected abstract EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder);

    [SkippableFact]
    public async Task Rollback_WhenTheChangeHasAnOpenOne_IsRefusedAsDuplicateChangeUntilThatOneIsClosed()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore, withParticipant: false);
        var store = host.Get<IUnitOfWorkFactory>();
        var first = Rollback("r1", "c1");

        var opened = await CommitAsync(store, work => work.RollbackRequests.Add(first));
        var twin = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r2", "c1") with { Status = RollbackStatus.Approved, ApprovedByUser = Manager }));
        var otherChange = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r3", "c2")));
        var rejected = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r4", "c1") with { Status = RollbackStatus.Rejected }));
        var closed = await CommitAsync(store, work => work.RollbackRequests.Update(first with
        {
            Status = RollbackStatus.Completed, CompletedAt = At.ToOffset(TimeSpan.FromHours(2)), Version = 2,
        }));
        var again = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r2", "c1") with { Status = RollbackStatus.Approved, ApprovedByUser = Manager }));

        Assert.Equal(
            [CommitResult.Committed, CommitResult.Duplicate("change_id"), CommitResult.Committed, CommitResult.Committed, CommitResult.Committed, CommitResult.Committed],
            [opened, twin, otherChange, rejected, closed, again]);
        var open = await ReadAsync(store, work => work.RollbackRequests.FindOpenByChangeAsync("c1"));
        Assert.Equal(("r2", RollbackStatus.Approved), (open!.RollbackId, open.Status));
        var ended = await ReadAsync(store, work => work.RollbackRequests.FindByIdAsync("r1"));
        Assert.Equal((RollbackStatus.Completed, At, TimeSpan.Zero), (ended!.Status, ended.CompletedAt!.Value, ended.CompletedAt!.Value.Offset));
    }

    [SkippableFact]
    public async Task ChangeDecision_WhenAnotherDecisionOfTheChangeCommittedFirst_IsAConflictAndKeepsOnlyTheWinnersDecision()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore, withParticipant: false);
        var store = host.Get<IUnitOfWorkFactory>();
        var change = Change("c1", ChangeStatus.Requested);
        Assert.True((await CommitAsync(store, work => work.ChangeRequests.Add(change))).IsCommitted);

        CommitResult lost;
        await using (var late = (IApprovalUnitOfWork)await store.BeginAsync())
        {
            var readByLate = await late.ChangeRequests.FindByIdAsync("c1");
            await using (var early = (IApprovalUnitOfWork)await store.BeginAsync())
            {
                var readByEarly = await early.ChangeRequests.FindByIdAsync("c1");
                StageDecision(early, readByEarly!, ChangeStatus.Approved, Executive, AuditAction.Approve);
                Assert.True((await early.CommitAsync()).IsCommitted);
            }

            StageDecision(late, readByLate!, ChangeStatus.Rejected, Manager, AuditAction.Reject);
            lost = await late.CommitAsync();
        }

        Assert.Equal(CommitResult.Conflict, lost);
        var stored = await ReadAsync(store, work => work.ChangeRequests.FindByIdAsync("c1"));
        Assert.Equal((ChangeStatus.Approved, Executive, 2L), (stored!.Status, stored.ApprovedByUser, stored.Version));
        var entry = Assert.Single(await host.AuditTrailAsync());
        Assert.Equal((AuditAction.Approve, Executive), (entry.Action, entry.ActorUserId));
    }

    [SkippableFact]
    public async Task ChangeDecisions_WhenRacingThroughTheProcedure_LeaveOneWinnerAndOneHostRow()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        await SeedApproversAsync(host);
        var created = await host.Get<ChangeRequestCreation>().CreateAsync(Technician, new ChangeRequestCreateRequest { Title = "Patch", ChangeType = "normal", RiskLevel = "low" });
        Assert.True(created.Succeeded, created.ToString());
        var approval = host.Get<ChangeApproval>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var approve = Task.Run(async () =>
        {
            await start.Task;
            return await approval.ApproveAsync(Executive, created.Value!);
        });
        var reject = Task.Run(async () =>
        {
            await start.Task;
            return await approval.RejectAsync(Manager, created.Value!);
        });

        start.SetResult();
        var results = await Task.WhenAll(approve, reject);

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.True(loser.Halt!.Code is HaltCode.Conflict or HaltCode.ValidationFailed, loser.Halt.ToString());
        var stored = await ReadAsync(host.Get<IUnitOfWorkFactory>(), work => work.ChangeRequests.FindByIdAsync(created.Value!));
        Assert.Equal((winner.Value!.Status, 2L), (stored!.Status, stored.Version));
        var decision = Assert.Single(await host.OutboxAsync(), m => m.Topic is "change_request.approve" or "change_request.reject");
        Assert.Equal(created.Value, decision.EntityId);
    }

    [SkippableFact]
    public async Task RollbackCompletion_CommitsTheChangeAndTheHostRowsInTheSameTransaction()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        await SeedApproversAsync(host);
        var store = host.Get<IUnitOfWorkFactory>();
        Assert.True((await CommitAsync(store, work =>
        {
            work.ChangeRequests.Add(Change("c1", ChangeStatus.Failed));
            work.RollbackRequests.Add(Rollback("r1", "c1") with { Status = RollbackStatus.InProgress, ApprovedByUser = Manager });
        })).IsCommitted);
        IReadOnlyList<object>? seen = null;
        host.Probe.OnCall = (_, _, commit, _) =>
        {
            seen = commit.Records;
            return Task.CompletedTask;
        };

        var completed = await host.Get<RollbackExecution>().CompleteAsync(Technician, "r1");

        Assert.True(completed.Succeeded, completed.ToString());
        Assert.Equal([typeof(ChangeRequest), typeof(RollbackRequest)], seen!.Select(r => r.GetType()).Order(TypeNameOrder.Instance));
        Assert.Equal(
            [("change_request.update", "c1"), ("rollback_request.execute", "r1")],
            (await host.OutboxAsync()).Select(m => (m.Topic, m.EntityId)).Order());
        var change = await ReadAsync(store, work => work.ChangeRequests.FindByIdAsync("c1"));
        var rollback = await ReadAsync(store, work => work.RollbackRequests.FindByIdAsync("r1"));
        Assert.Equal((ChangeStatus.RolledBack, RollbackStatus.Completed), (change!.Status, rollback!.Status));
        Assert.Null(await ReadAsync(store, work => work.RollbackRequests.FindOpenByChangeAsync("c1")));
    }

    [SkippableFact]
    public async Task RollbackCompletion_WhenTheParticipantThrows_LeavesTheRollbackAndItsChangeAsTheyWere()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        await SeedApproversAsync(host);
        var store = host.Get<IUnitOfWorkFactory>();
        var change = Change("c1", ChangeStatus.Completed);
        var rollback = Rollback("r1", "c1") with { Status = RollbackStatus.InProgress, ApprovedByUser = Manager };
        Assert.True((await CommitAsync(store, work =>
        {
            work.ChangeRequests.Add(change);
            work.RollbackRequests.Add(rollback);
        })).IsCommitted);
        host.Probe.OnCall = (_, _, _, _) => throw new InvalidOperationException("The host's outbox is unavailable.");

        var completed = await host.Get<RollbackExecution>().CompleteAsync(Technician, "r1");

        Assert.Equal(HaltCode.StorageFailure, completed.Halt!.Code);
        Assert.Equal(change, await ReadAsync(store, work => work.ChangeRequests.FindByIdAsync("c1")));
        Assert.Equal(rollback, await ReadAsync(store, work => work.RollbackRequests.FindByIdAsync("r1")));
        Assert.Empty(await host.OutboxAsync());
    }

    /// <summary>A technician, an incident manager and an executive, seeded directly (the administrator is seeded by the host).</summary>
    private static async Task SeedApproversAsync(ParticipationHost host)
    {
        await using var work = await host.Get<IUnitOfWorkFactory>().BeginAsync();
        foreach (var (id, role) in new[] { (Technician, UserRole.TechnicalSupport), (Manager, UserRole.IncidentManager), (Executive, UserRole.Executive) })
        {
            work.Users.Add(new User { UserId = id, Name = $"User {id}", Email = $"{id}@example.com", Role = role, CreatedAt = At, UpdatedAt = At });
        }

        Assert.True((await work.CommitAsync()).IsCommitted);
        host.Probe.Reset();
    }

    private static void StageDecision(IApprovalUnitOfWork work, ChangeRequest change, ChangeStatus status, string approver, AuditAction action)
    {
        work.ChangeRequests.Update(change with { Status = status, ApprovedByUser = approver, Version = change.Version + 1 });
        work.AuditTrail.Append(new AuditEntry
        {
            AuditId = $"audit-{approver}", Action = action, EntityType = EntityType.ChangeRequest, EntityId = change.ChangeId,
            ActorUserId = approver, CreatedAt = At, Outcome = AuditOutcome.Succeeded, Reason = "test",
        });
    }

    private static async Task<CommitResult> CommitAsync(IUnitOfWorkFactory store, Action<IApprovalUnitOfWork> stage)
    {
        await using var work = await store.BeginAsync();
        stage((IApprovalUnitOfWork)work);
        return await work.CommitAsync();
    }

    private static async Task<T> ReadAsync<T>(IUnitOfWorkFactory store, Func<IApprovalUnitOfWork, ValueTask<T>> read)
    {
        await using var work = await store.BeginAsync();
        return await read((IApprovalUnitOfWork)work);
    }

    private static ChangeRequest Change(string id, ChangeStatus status) => new()
    {
        ChangeId = id, Title = "Upgrade the ledger database", ChangeType = ChangeType.Normal, RiskLevel = RiskLevel.Low, RequestingUser = Technician,
        Status = status, CreatedAt = At, UpdatedAt = At,
    };

    private static RollbackRequest Rollback(string id, string changeId) => new()
    {
        RollbackId = id, ChangeId = changeId, RequestingUser = Technician, CreatedAt = At,
    };

    /// <summary>Orders record types by name, so a commit's records compare whatever order they were staged in.</summary>
    private sealed class TypeNameOrder : IComparer<Type>
    {
        public static TypeNameOrder Instance { get; } = new();

        public int Compare(Type? x, Type? y) => string.CompareOrdinal(x?.Name, y?.Name);
    }
}
