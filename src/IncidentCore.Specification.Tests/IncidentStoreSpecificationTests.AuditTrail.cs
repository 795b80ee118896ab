using IncidentCore.Domain;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>
    /// Committed audit entries read back with every field: changed fields and old → new values in order, a missing
    /// entity id and old value, the outcome and reason, and the time in UTC to the microsecond.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditAppend_WhenCommitted_ReadsBackEveryField()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var succeeded = SpecificationRecords.Audit(host.Ids.NewAuditId(), "client-7", "user-1", now) with
        {
            Action = AuditAction.Update,
            ChangedFields = ["status", "country"],
            ValueChanges = [new AuditValueChange("status", "active", "suspended"), new AuditValueChange("client_id", "client-3", null)],
        };
        var denied = SpecificationRecords.Audit(host.Ids.NewAuditId(), "unused", "user-2", now) with
        {
            EntityId = null,
            EntityType = EntityType.Vendor,
            Outcome = AuditOutcome.Denied,
            Reason = "actor_not_active",
            ChangedFields = [],
            ValueChanges = [],
        };

        var result = await host.CommitAsync(work =>
        {
            work.AuditTrail.Append(succeeded);
            work.AuditTrail.Append(denied);
        });
        var trail = await host.AuditTrailAsync();

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.Equal(2, trail.Count);
        AuditAssert.Same(succeeded, trail[0]);
        AuditAssert.Same(denied, trail[1]);
    }

    /// <summary>The trail lists entries in the order they were committed, a page at a time, and counts them.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenSeveralCommits_ReturnsCommitOrderAndCount()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var entries = new List<AuditEntry>();
        for (var i = 0; i < 5; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            var entry = SpecificationRecords.Audit(host.Ids.NewAuditId(), $"client-{5 - i}", "user-1", host.Time.GetUtcNow());
            entries.Add(entry);
            await host.CommitAsync(work => work.AuditTrail.Append(entry));
        }

        var count = await host.ReadAsync(work => work.AuditTrail.CountAsync());
        var first = await host.ReadAsync(work => work.AuditTrail.ListAsync(0, 2));
        var rest = await host.ReadAsync(work => work.AuditTrail.ListAsync(2, 10));
        var beyond = await host.ReadAsync(work => work.AuditTrail.ListAsync(5, 10));

        Assert.Equal(5, count);
        Assert.Equal(entries.Select(e => e.AuditId), first.Concat(rest).Select(e => e.AuditId));
        Assert.Equal(2, first.Count);
        Assert.Empty(beyond);
    }

    /// <summary>An empty trail counts zero and lists an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenNothingCommitted_ReturnsEmptyAndZero()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync(0, 10)));
    }
}
