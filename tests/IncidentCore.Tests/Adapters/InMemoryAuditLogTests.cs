using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;

namespace IncidentCore.Tests.Adapters;

/// <summary>
/// The in-memory audit log under concurrent commits: readers paging by key while writers append see every entry
/// exactly once, each commit's entries together and in order, each writer's commits in the order it made them.
/// </summary>
public sealed class InMemoryAuditLogTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task List_WhenReadByKeyWhileWritersAppend_SeesEveryEntryOnceWithCommitsWholeAndInOrder()
    {
        const int Writers = 4;
        const int CommitsPerWriter = 1500;
        var log = new InMemoryAuditLog();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await start.Task;
            for (var c = 0; c < CommitsPerWriter; c++)
            {
                var size = 1 + (c % 3);
                var more = size > 1 ? Enumerable.Range(1, size - 1).Select(e => Entry(w, c, e)).ToList() : null;
                log.Append(Entry(w, c, 0), more);
            }
        })).ToArray();
        var writing = Task.WhenAll(writers);

        var seen = new List<AuditEntry>();
        start.SetResult();
        while (true)
        {
            var done = writing.IsCompleted;
            var page = log.List(seen.Count == 0 ? null : seen[^1].AuditId, 37);
            Assert.InRange(page.Count, 0, 37);
            seen.AddRange(page);
            if (done && page.Count == 0)
            {
                break;
            }
        }

        await writing;
        var total = Writers * Enumerable.Range(0, CommitsPerWriter).Sum(c => 1 + (c % 3));
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, log.Count);
        Assert.Equal(seen.Select(e => e.AuditId), log.List(null, int.MaxValue).Select(e => e.AuditId));
        Assert.Equal(total, seen.Select(e => e.AuditId).Distinct(StringComparer.Ordinal).Count());
        for (var w = 0; w < Writers; w++)
        {
            var mine = seen.Where(e => e.ActorUserId == $"writer-{w}").Select(e => e.AuditId).ToList();
            var expected = Enumerable.Range(0, CommitsPerWriter).SelectMany(c => Enumerable.Range(0, 1 + (c % 3)).Select(e => Entry(w, c, e).AuditId));
            Assert.Equal(expected, mine);
        }

        for (var i = 0; i < seen.Count;)
        {
            var commit = seen[i].EntityId;
            var size = seen.Skip(i).TakeWhile(e => e.EntityId == commit).Count();
            Assert.Equal(1 + (int.Parse(commit!.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture) % 3), size);
            i += size;
        }
    }

    [Fact]
    public void List_WhenAfterIdUnknownOrTakeNotPositive_ReturnsEmpty()
    {
        var log = new InMemoryAuditLog();
        log.Append(Entry(0, 0, 0), [Entry(0, 0, 1)]);

        Assert.Empty(log.List("unknown", 10));
        Assert.Empty(log.List(null, 0));
        Assert.Empty(log.List(Entry(0, 0, 1).AuditId, 10));
        Assert.Equal([Entry(0, 0, 1).AuditId], log.List(Entry(0, 0, 0).AuditId, 10).Select(e => e.AuditId));
    }

    private static AuditEntry Entry(int writer, int commit, int index) => new()
    {
        AuditId = $"w{writer}-c{commit}-e{index}",
        Action = AuditAction.Create,
        EntityType = EntityType.Client,
        EntityId = $"commit-{writer}-{commit}",
        ActorUserId = $"writer-{writer}",
        CreatedAt = At,
        Outcome = AuditOutcome.Succeeded,
        Reason = "system_administrator_may_onboard_clients",
    };
}
