using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using Xunit;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// What the EF Core store does for the incident domain beyond the conformance suite: the filtered unique index on
/// active escalations lets a level be escalated again once the active one is closed, a lost race on an incident's
/// history is a conflict that writes nothing, and the host's participant sees incident records. Derived once per provider.
/// </summary>
public abstract class IncidentStorageTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    protected virtual string? SkipReason => null;

    /// <summary>Registers the context on a new, empty database with the host's tables and IncidentCore's, and the store with the provider's classifier.</summary>
    protected abstract EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder);

    [SkippableFact]
    public async Task Escalation_WhenTheLevelHasAnActiveOne_IsRefusedAsDuplicateLevelUntilThatOneIsClosed()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore, withParticipant: false);
        var store = host.Get<IUnitOfWorkFactory>();
        var first = Escalation("e1", EscalationLevel.Technical);

        var opened = await CommitAsync(store, work => work.Escalations.Add(first));
        var twin = await CommitAsync(store, work => work.Escalations.Add(Escalation("e2", EscalationLevel.Technical)));
        var otherLevel = await CommitAsync(store, work => work.Escalations.Add(Escalation("e3", EscalationLevel.Management)));
        var closed = await CommitAsync(store, work => work.Escalations.Update(first with
        {
            Status = EscalationStatus.Resolved, ResolvedAt = At.ToOffset(TimeSpan.FromHours(2)), Version = 2,
        }));
        var again = await CommitAsync(store, work => work.Escalations.Add(Escalation("e2", EscalationLevel.Technical)));

        Assert.Equal(
            [CommitResult.Committed, CommitResult.Duplicate("escalation_level"), CommitResult.Committed, CommitResult.Committed, CommitResult.Committed],
            [opened, twin, otherLevel, closed, again]);
        var listed = await ReadAsync(store, work => work.Escalations.ListByIncidentAsync("i1"));
        Assert.Equal(["e1", "e2", "e3"], listed.Select(e => e.EscalationId));
        Assert.Equal([EscalationStatus.Resolved, EscalationStatus.Active, EscalationStatus.Active], listed.Select(e => e.Status));
        Assert.Equal((At, TimeSpan.Zero), (listed[0].ResolvedAt!.Value, listed[0].ResolvedAt!.Value.Offset));
    }

    [SkippableFact]
    public async Task IncidentUpdate_WhenAnotherUpdateOfTheIncidentCommittedFirst_IsAConflictAndKeepsOnlyTheWinnersHistory()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore, withParticipant: false);
        var store = host.Get<IUnitOfWorkFactory>();
        var incident = Incident("i1");
        Assert.True((await CommitAsync(store, work => work.Incidents.Add(incident))).IsCommitted);

        CommitResult lost;
        await using (var late = (IIncidentUnitOfWork)await store.BeginAsync())
        {
            StageStatusChange(late, incident, IncidentStatus.InProgress);
            await using (var early = (IIncidentUnitOfWork)await store.BeginAsync())
            {
                StageStatusChange(early, incident, IncidentStatus.Investigating);
                Assert.True((await early.CommitAsync()).IsCommitted);
            }

            lost = await late.CommitAsync();
        }

        Assert.Equal(CommitResult.Conflict, lost);
        Assert.Equal(IncidentStatus.Investigating, (await ReadAsync(store, work => work.Incidents.FindByIdAsync("i1")))!.Status);
        var history = Assert.Single(await ReadAsync(store, work => work.Incidents.ListHistoryAsync("i1")));
        Assert.Equal(("open", "investigating"), (history.OldValue, history.NewValue));
    }

    [SkippableFact]
    public async Task Commit_OfAnIncidentRecord_ShowsItToTheParticipantAndCommitsTheHostRowWithIt()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        var store = host.Get<IUnitOfWorkFactory>();
        IReadOnlyList<object>? seen = null;
        host.Probe.OnCall = (_, _, commit, _) =>
        {
            seen = commit.Records;
            return Task.CompletedTask;
        };

        var result = await CommitAsync(store, work =>
        {
            work.Incidents.Add(Incident("i1"));
            work.AuditTrail.Append(new AuditEntry
            {
                AuditId = "audit-i1", Action = AuditAction.Create, EntityType = EntityType.Incident, EntityId = "i1",
                ActorUserId = ParticipationHost.AdministratorId, CreatedAt = At, Outcome = AuditOutcome.Succeeded, Reason = "test",
            });
        });

        Assert.True(result.IsCommitted);
        Assert.Equal("i1", Assert.IsType<Incident>(Assert.Single(seen!)).IncidentId);
        var message = Assert.Single(await host.OutboxAsync());
        Assert.Equal(("incident.create", "i1"), (message.Topic, message.EntityId));
    }

    private static void StageStatusChange(IIncidentUnitOfWork work, Incident incident, IncidentStatus status)
    {
        var updated = incident with { Status = status, Version = incident.Version + 1 };
        work.Incidents.Update(updated);
        work.Incidents.AppendHistory(new IncidentHistoryEntry
        {
            UpdateId = $"{incident.IncidentId}.{updated.Version}.1", IncidentId = incident.IncidentId, UpdatedByUser = ParticipationHost.AdministratorId,
            UpdateType = IncidentUpdateType.StatusChange, FieldChanged = "status", OldValue = incident.Status.ToWireName(), NewValue = status.ToWireName(), CreatedAt = At,
        });
    }

    private static async Task<CommitResult> CommitAsync(IUnitOfWorkFactory store, Action<IIncidentUnitOfWork> stage)
    {
        await using var work = await store.BeginAsync();
        stage((IIncidentUnitOfWork)work);
        return await work.CommitAsync();
    }

    private static async Task<T> ReadAsync<T>(IUnitOfWorkFactory store, Func<IIncidentUnitOfWork, ValueTask<T>> read)
    {
        await using var work = await store.BeginAsync();
        return await read((IIncidentUnitOfWork)work);
    }

    private static Escalation Escalation(string id, EscalationLevel level) => new()
    {
        EscalationId = id, IncidentId = "i1", EscalatedByUser = ParticipationHost.AdministratorId, EscalatedToUser = "target", EscalationLevel = level, EscalatedAt = At,
    };

    private static Incident Incident(string id) => new()
    {
        IncidentId = id, Title = "Ledger slow", Category = "performance", Severity = Severity.P2, ImpactLevel = IncidentLevel.High, UrgencyLevel = IncidentLevel.Medium,
        ClientId = "c1", ComponentId = "k1", ReporterUserId = ParticipationHost.AdministratorId, DetectionTimestamp = At, CreatedAt = At, UpdatedAt = At,
    };
}
