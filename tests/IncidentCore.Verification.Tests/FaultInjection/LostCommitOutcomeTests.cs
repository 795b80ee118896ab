using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>
/// The fault-injection store's "commit applied, then the outcome was lost" mode: the commit reaches the store and
/// takes effect, yet the caller gets <see cref="CommitOutcomeUnknownException"/>.
/// </summary>
public sealed class LostCommitOutcomeTests
{
    [Fact]
    public async Task Commit_WhenOutcomeIsLost_AppliesTheCommitThenThrowsCommitOutcomeUnknown()
    {
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(decorateStore: inner => store = new FaultyStore(inner));
        var plan = new FaultPlan(loseCommitOutcome: true);
        store!.Plan = plan;
        var before = await harness.SnapshotAsync();
        var entry = new AuditEntry
        {
            AuditId = "lost-1",
            Action = AuditAction.Create,
            EntityType = EntityType.Client,
            EntityId = "client-lost",
            ActorUserId = before.Users[0].UserId,
            CreatedAt = PolicyClock.Now,
            Outcome = AuditOutcome.Succeeded,
            Reason = "system_administrator_may_onboard_clients",
        };

        CommitOutcomeUnknownException thrown;
        await using (var work = await store.BeginAsync())
        {
            work.AuditTrail.Append(entry);
            thrown = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => work.CommitAsync().AsTask());
        }

        var after = await harness.SnapshotAsync();
        Assert.IsType<SimulatedStorageFailure>(thrown.InnerException);
        Assert.Equal(CommitResult.Committed, plan.LostCommitResult);
        Assert.Equal(["begin", "audit.append", "commit"], plan.Calls);
        Assert.Equal(before.AuditTrail.Count + 1, after.AuditTrail.Count);
        Assert.Equal(StoreSnapshot.Describe(entry), StoreSnapshot.Describe(after.AuditTrail[^1]));
    }
}
