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

    /// <summary>
    /// The trail lists entries in the order they were committed, a page at a time by key (each page after the last
    /// audit id of the one before), and counts them; the page after the last entry is empty.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenSeveralCommits_ReturnsCommitOrderAndCount()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var entries = await CommitAuditEntriesAsync(host, 5);

        var count = await host.ReadAsync(work => work.AuditTrail.CountAsync());
        var first = await host.ReadAsync(work => work.AuditTrail.ListAsync(null, 2));
        var rest = await host.ReadAsync(work => work.AuditTrail.ListAsync(first[^1].AuditId, 10));
        var beyond = await host.ReadAsync(work => work.AuditTrail.ListAsync(rest[^1].AuditId, 10));

        Assert.Equal(5, count);
        Assert.Equal(entries.Select(e => e.AuditId), first.Concat(rest).Select(e => e.AuditId));
        Assert.Equal(2, first.Count);
        Assert.Empty(beyond);
    }

    /// <summary>
    /// Paging by key through a trail whose commits hold one to three entries each returns every entry exactly once, in
    /// commit order, whatever the page size; every page but the last is full, and no page is larger than asked.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenPagedByKey_ReturnsEveryEntryOnceInCommitOrder()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var committed = new List<AuditEntry>();
        for (var i = 0; i < 9; i++)
        {
            var commit = new List<AuditEntry>();
            for (var j = 0; j <= i % 3; j++)
            {
                host.Time.Advance(TimeSpan.FromSeconds(1));
                commit.Add(SpecificationRecords.Audit(host.Ids.NewAuditId(), $"client-{30 - committed.Count - j}", "user-1", host.Time.GetUtcNow()));
            }

            await host.CommitAsync(work => commit.ForEach(work.AuditTrail.Append));
            committed.AddRange(commit);
        }

        foreach (var pageSize in new[] { 1, 4, 7, committed.Count, committed.Count + 5 })
        {
            var pages = new List<IReadOnlyList<AuditEntry>>();
            string? after = null;
            while (true)
            {
                var page = await host.ReadAsync(work => work.AuditTrail.ListAsync(after, pageSize));
                pages.Add(page);
                if (page.Count == 0)
                {
                    break;
                }

                after = page[^1].AuditId;
            }

            Assert.Equal(committed.Select(e => e.AuditId), pages.SelectMany(p => p).Select(e => e.AuditId));
            Assert.All(pages.SkipLast(2), p => Assert.Equal(pageSize, p.Count));
            Assert.All(pages, p => Assert.InRange(p.Count, 0, pageSize));
            Assert.Empty(pages[^1]);
        }
    }

    /// <summary>
    /// Asking for the page after an audit id the trail does not hold gives an empty page, as does a page size of zero
    /// or less; the page after an existing entry is unaffected.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenAfterIdUnknownOrTakeNotPositive_ReturnsEmptyPage()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var entries = await CommitAuditEntriesAsync(host, 3);

        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync("no-such-audit-id", 10)));
        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync(host.Ids.NewAuditId(), 10)));
        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync(null, 0)));
        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync(entries[0].AuditId, -1)));
        Assert.Equal(
            entries.Skip(1).Select(e => e.AuditId),
            (await host.ReadAsync(work => work.AuditTrail.ListAsync(entries[0].AuditId, 10))).Select(e => e.AuditId));
    }

    /// <summary>An empty trail counts zero and lists an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task AuditList_WhenNothingCommitted_ReturnsEmptyAndZero()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        Assert.Empty(await host.ReadAsync(work => work.AuditTrail.ListAsync(null, 10)));
    }

    private static async Task<List<AuditEntry>> CommitAuditEntriesAsync(SpecificationHost host, int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            var entry = SpecificationRecords.Audit(host.Ids.NewAuditId(), $"client-{count - i}", "user-1", host.Time.GetUtcNow());
            entries.Add(entry);
            await host.CommitAsync(work => work.AuditTrail.Append(entry));
        }

        return entries;
    }
}
