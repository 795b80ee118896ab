using IncidentCore.Domain.Approvals;
using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// What the SQLite schema enforces by itself for the approval domain: one open rollback per change (a partial unique
/// index, which rejected, completed and failed rollbacks do not count against, and which finds a change's open
/// rollback), a foreign key from a rollback to its change, and the stored form of the records.
/// </summary>
public sealed class SqliteApprovalSchemaTests : IDisposable
{
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData(RollbackStatus.Requested, RollbackStatus.Rejected)]
    [InlineData(RollbackStatus.InProgress, RollbackStatus.Completed)]
    [InlineData(RollbackStatus.InProgress, RollbackStatus.Failed)]
    public async Task Rollbacks_WhenOneIsOpenForAChange_ASecondIsRefusedUntilTheFirstEnds(RollbackStatus open, RollbackStatus end)
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work => AddChanges(work, "c1", "c2"));
        var first = Rollback("r1", "c1", open);
        Assert.True((await CommitAsync(store, work => work.RollbackRequests.Add(first))).IsCommitted);

        var second = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r2", "c1", RollbackStatus.Approved)));
        var otherChange = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r3", "c2", RollbackStatus.Requested)));

        Assert.Equal((CommitStatus.Duplicate, "change_id"), (second.Status, second.DuplicateField));
        Assert.True(otherChange.IsCommitted, "Another change has a key of its own.");

        var ended = first with { Status = end, CompletedAt = end == RollbackStatus.Rejected ? null : PolicyTime.AddHours(1), Version = 2 };
        Assert.True((await CommitAsync(store, work => work.RollbackRequests.Update(ended))).IsCommitted);
        var next = Rollback("r2", "c1", RollbackStatus.Requested);
        var afterEnd = await CommitAsync(store, work => work.RollbackRequests.Add(next));

        Assert.True(afterEnd.IsCommitted, $"A {end} rollback no longer holds its change.");
        await using var read = await BeginAsync(store);
        Assert.Equal(next, await read.RollbackRequests.FindOpenByChangeAsync("c1"));
        Assert.Equal(ended, await read.RollbackRequests.FindByIdAsync("r1"));
    }

    [Fact]
    public async Task Rollbacks_OfEveryStatus_HoldTheirChangeExactlyWhenTheLibraryCallsThemOpen()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        var statuses = Enum.GetValues<RollbackStatus>();
        await CommitAsync(store, work => AddChanges(work, [.. statuses.Select(s => $"c-{s}")]));

        foreach (var status in statuses)
        {
            var first = Rollback($"r1-{status}", $"c-{status}", status);
            Assert.True((await CommitAsync(store, work => work.RollbackRequests.Add(first))).IsCommitted);
            var second = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback($"r2-{status}", $"c-{status}", status)));
            await using var read = await BeginAsync(store);
            var found = await read.RollbackRequests.FindOpenByChangeAsync($"c-{status}");

            Assert.Equal(first.IsOpen ? CommitStatus.Duplicate : CommitStatus.Committed, second.Status);
            Assert.Equal(first.IsOpen ? first : null, found);
        }
    }

    [Fact]
    public async Task Rollbacks_WhenASecondOpenRowIsWrittenBehindTheLibrary_TheIndexRefusesIt()
    {
        var connectionString = NewDatabase();
        using var store = new SqliteIncidentStore(connectionString);
        await CommitAsync(store, work =>
        {
            AddChanges(work, "c1");
            work.RollbackRequests.Add(Rollback("r1", "c1", RollbackStatus.InProgress));
        });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO rollback_requests (rollback_id, change_id, incident_id, requesting_user, approved_by_user, rejection_reason, status, completed_at, created_at, version)
            VALUES ('r2', 'c1', NULL, 'a', NULL, NULL, 'requested', NULL, '2025-09-25T12:00:00.0000000Z', 1)
            """;
        var refused = await Assert.ThrowsAsync<SqliteException>(() => insert.ExecuteNonQueryAsync());
        insert.CommandText = insert.CommandText.Replace("'requested'", "'rejected'", StringComparison.Ordinal);
        var rejected = await insert.ExecuteNonQueryAsync();

        Assert.Contains("rollback_requests.change_id", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, rejected);
    }

    [Fact]
    public async Task FindOpenByChange_IsAnsweredFromThePartialIndex()
    {
        var connectionString = NewDatabase();
        using var store = new SqliteIncidentStore(connectionString);
        await store.EnsureSchemaAsync();

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = $"EXPLAIN QUERY PLAN {SqliteRollbackRequestRepository.SelectOpenByChange}";
        explain.Parameters.AddWithValue("@key", "c1");
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        Assert.Contains(plan, step => step.Contains("USING INDEX ux_rollback_requests_open_change (change_id=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RollbackRows_WhenTheyNameNoChange_AreRefusedAndTheCommitWritesNothing()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work => AddChanges(work, "c1"));

        await using var work = await BeginAsync(store);
        work.ChangeRequests.Add(Change("c2"));
        work.RollbackRequests.Add(Rollback("r1", "no-such-change", RollbackStatus.Requested));
        var refused = await Assert.ThrowsAsync<SqliteException>(async () => await work.CommitAsync());

        Assert.Equal(787, refused.SqliteExtendedErrorCode); // SQLITE_CONSTRAINT_FOREIGNKEY
        await using var read = await BeginAsync(store);
        Assert.Null(await read.RollbackRequests.FindByIdAsync("r1"));
        Assert.Null(await read.ChangeRequests.FindByIdAsync("c2"));
    }

    [Fact]
    public async Task RollbackCompletion_WhenTheRollbackChangedMeanwhile_ConflictsAndLeavesTheChangeAsItWas()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        var change = Change("c1") with { Status = ChangeStatus.Completed };
        var rollback = Rollback("r1", "c1", RollbackStatus.InProgress);
        await CommitAsync(store, work =>
        {
            work.ChangeRequests.Add(change);
            work.RollbackRequests.Add(rollback);
        });
        var failed = rollback with { Status = RollbackStatus.Failed, CompletedAt = PolicyTime.AddHours(1), Version = 2 };
        Assert.True((await CommitAsync(store, work => work.RollbackRequests.Update(failed))).IsCommitted);

        var late = await CommitAsync(store, work =>
        {
            work.RollbackRequests.Update(rollback with { Status = RollbackStatus.Completed, CompletedAt = PolicyTime.AddHours(1), Version = 2 });
            work.ChangeRequests.Update(change with { Status = ChangeStatus.RolledBack, UpdatedAt = PolicyTime.AddHours(1), Version = 2 });
        });

        Assert.Equal(CommitStatus.Conflict, late.Status);
        await using var read = await BeginAsync(store);
        Assert.Equal(change, await read.ChangeRequests.FindByIdAsync("c1"));
        Assert.Equal(failed, await read.RollbackRequests.FindByIdAsync("r1"));
    }

    [Fact]
    public async Task ApprovalRows_AreStoredWithWireNamesAndUtcTimestamps()
    {
        var connectionString = NewDatabase();
        using var store = new SqliteIncidentStore(connectionString);
        var local = new DateTimeOffset(2025, 9, 25, 14, 30, 0, TimeSpan.FromHours(2)).AddTicks(1);
        await CommitAsync(store, work =>
        {
            work.ChangeRequests.Add(Change("c1") with { ChangeType = ChangeType.Emergency, RiskLevel = RiskLevel.Medium, Status = ChangeStatus.RolledBack, ActualStartTime = local });
            work.RollbackRequests.Add(Rollback("r1", "c1", RollbackStatus.InProgress));
        });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT c.change_type, c.risk_level, c.status, c.actual_start_time, c.version, r.status
            FROM change_requests c JOIN rollback_requests r ON r.change_id = c.change_id
            """;
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(
            ("emergency", "medium", "rolled_back", "2025-09-25T12:30:00.0000001Z", 1L, "in_progress"),
            (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5)));
    }

    [Fact]
    public async Task ApprovalIds_WhenTakenAlready_AreRefusedNamingTheIdField()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work =>
        {
            AddChanges(work, "c1", "c2");
            work.RollbackRequests.Add(Rollback("r1", "c1", RollbackStatus.Requested));
        });

        var change = await CommitAsync(store, work => work.ChangeRequests.Add(Change("c1")));
        var rollback = await CommitAsync(store, work => work.RollbackRequests.Add(Rollback("r1", "c2", RollbackStatus.Requested)));

        Assert.Equal((CommitStatus.Duplicate, "change_id"), (change.Status, change.DuplicateField));
        Assert.Equal((CommitStatus.Duplicate, "rollback_id"), (rollback.Status, rollback.DuplicateField));
        await using var read = await BeginAsync(store);
        Assert.Null(await read.RollbackRequests.FindOpenByChangeAsync("c2"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private string NewDatabase() => new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();

    private static async Task<IApprovalUnitOfWork> BeginAsync(SqliteIncidentStore store) => (IApprovalUnitOfWork)await store.BeginAsync();

    private static async Task<CommitResult> CommitAsync(SqliteIncidentStore store, Action<IApprovalUnitOfWork> stage)
    {
        await using var work = await BeginAsync(store);
        stage(work);
        return await work.CommitAsync();
    }

    /// <summary>Stages changes that ran (completed), so they may be rolled back.</summary>
    private static void AddChanges(IApprovalUnitOfWork work, params string[] changeIds)
    {
        foreach (var id in changeIds)
        {
            work.ChangeRequests.Add(Change(id) with { Status = ChangeStatus.Completed });
        }
    }

    private static ChangeRequest Change(string id) => new()
    {
        ChangeId = id, Title = "Upgrade the ledger database", ChangeType = ChangeType.Upgrade, RiskLevel = RiskLevel.High, RequestingUser = "technician",
        ApprovedByUser = "executive", CreatedAt = PolicyTime, UpdatedAt = PolicyTime,
    };

    private static RollbackRequest Rollback(string id, string changeId, RollbackStatus status) => new()
    {
        RollbackId = id, ChangeId = changeId, RequestingUser = "technician", Status = status, CreatedAt = PolicyTime,
    };
}
