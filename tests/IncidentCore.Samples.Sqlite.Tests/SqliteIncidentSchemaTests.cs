using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// What the SQLite schema enforces by itself for the incident domain: one active escalation per incident and level
/// (a partial unique index, which resolved and cancelled escalations do not count against), and foreign keys from an
/// incident's rows to the incident.
/// </summary>
public sealed class SqliteIncidentSchemaTests : IDisposable
{
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Escalations_WhenOneIsActiveAtALevel_ASecondIsRefusedUntilTheFirstIsResolved()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work => AddIncidents(work, "i1", "i2"));
        var first = Escalation("e1", "i1", EscalationLevel.Technical);
        Assert.True((await CommitAsync(store, work => work.Escalations.Add(first))).IsCommitted);

        var second = await CommitAsync(store, work => work.Escalations.Add(Escalation("e2", "i1", EscalationLevel.Technical)));
        var otherLevel = await CommitAsync(store, work => work.Escalations.Add(Escalation("e3", "i1", EscalationLevel.Management)));
        var otherIncident = await CommitAsync(store, work => work.Escalations.Add(Escalation("e4", "i2", EscalationLevel.Technical)));

        Assert.Equal((CommitStatus.Duplicate, "escalation_level"), (second.Status, second.DuplicateField));
        Assert.True(otherLevel.IsCommitted, "Another level of the same incident has a key of its own.");
        Assert.True(otherIncident.IsCommitted, "The same level of another incident has a key of its own.");

        var resolved = first with { Status = EscalationStatus.Resolved, ResolvedAt = PolicyTime.AddHours(1), Version = 2 };
        Assert.True((await CommitAsync(store, work => work.Escalations.Update(resolved))).IsCommitted);
        var afterResolve = await CommitAsync(store, work => work.Escalations.Add(Escalation("e2", "i1", EscalationLevel.Technical)));

        Assert.True(afterResolve.IsCommitted, "A resolved escalation no longer holds its level.");
        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        var escalations = await read.Escalations.ListByIncidentAsync("i1");
        Assert.Equal(["e1", "e3", "e2"], escalations.Select(e => e.EscalationId));
        Assert.Equal(EscalationStatus.Resolved, escalations[0].Status);
    }

    [Fact]
    public async Task Escalations_WhenASecondActiveRowIsWrittenBehindTheLibrary_TheIndexRefusesIt()
    {
        var connectionString = NewDatabase();
        using var store = new SqliteIncidentStore(connectionString);
        await CommitAsync(store, work =>
        {
            AddIncidents(work, "i1");
            work.Escalations.Add(Escalation("e1", "i1", EscalationLevel.Vendor));
        });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO escalations (escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status, escalated_at, resolved_at, version)
            VALUES ('e2', 'i1', 'a', 'b', 'vendor', NULL, 'active', '2025-09-25T12:00:00.0000000Z', NULL, 1)
            """;
        var refused = await Assert.ThrowsAsync<SqliteException>(() => insert.ExecuteNonQueryAsync());
        insert.CommandText = insert.CommandText.Replace("'active'", "'cancelled'", StringComparison.Ordinal);
        var cancelled = await insert.ExecuteNonQueryAsync();

        Assert.Contains("escalations.escalation_level", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, cancelled);
    }

    [Fact]
    public async Task IncidentRows_WhenTheyNameNoIncident_AreRefusedAndTheCommitWritesNothing()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work => AddIncidents(work, "i1"));

        await using var work = (IIncidentUnitOfWork)await store.BeginAsync();
        work.Escalations.Add(Escalation("e1", "no-such-incident", EscalationLevel.Technical));
        work.AuditTrail.Append(Escalated("e1"));
        var refused = await Assert.ThrowsAsync<SqliteException>(async () => await work.CommitAsync());

        Assert.Equal(787, refused.SqliteExtendedErrorCode); // SQLITE_CONSTRAINT_FOREIGNKEY
        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        Assert.Null(await read.Escalations.FindByIdAsync("e1"));
        Assert.Equal(0, await read.AuditTrail.CountAsync());
    }

    [Fact]
    public async Task IncidentUpdate_WhenTheIncidentChangedMeanwhile_ConflictsAndWritesNoHistoryRow()
    {
        using var store = new SqliteIncidentStore(NewDatabase());
        await CommitAsync(store, work => AddIncidents(work, "i1"));
        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        var incident = (await read.Incidents.FindByIdAsync("i1"))!;

        var first = await CommitAsync(store, work =>
        {
            work.Incidents.Update(incident with { Status = IncidentStatus.Investigating, Version = 2 });
            work.Incidents.AppendHistory(History("u1", "open", "investigating"));
        });
        var late = await CommitAsync(store, work =>
        {
            work.Incidents.Update(incident with { Status = IncidentStatus.InProgress, Version = 2 });
            work.Incidents.AppendHistory(History("u2", "open", "in_progress"));
        });

        Assert.True(first.IsCommitted);
        Assert.Equal(CommitStatus.Conflict, late.Status);
        await using var reread = (IIncidentUnitOfWork)await store.BeginAsync();
        Assert.Equal(IncidentStatus.Investigating, (await reread.Incidents.FindByIdAsync("i1"))!.Status);
        Assert.Equal(["u1"], (await reread.Incidents.ListHistoryAsync("i1")).Select(r => r.UpdateId));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private string NewDatabase() => new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();

    private static async Task<CommitResult> CommitAsync(SqliteIncidentStore store, Action<IIncidentUnitOfWork> stage)
    {
        await using var work = (IIncidentUnitOfWork)await store.BeginAsync();
        stage(work);
        return await work.CommitAsync();
    }

    /// <summary>Stages a product, a component and the incidents on it.</summary>
    private static void AddIncidents(IIncidentUnitOfWork work, params string[] incidentIds)
    {
        work.Products.Add(new Product { ProductId = "p1", ProductName = "Ledger", ProductType = "service", CreatedAt = PolicyTime, UpdatedAt = PolicyTime });
        work.Components.Add(new InfrastructureComponent
        {
            ComponentId = "c1", ComponentName = "ledger-db", ComponentType = "database", Environment = ComponentEnvironment.Production,
            ProductId = "p1", CreatedAt = PolicyTime, UpdatedAt = PolicyTime,
        });
        foreach (var id in incidentIds)
        {
            work.Incidents.Add(new Incident
            {
                IncidentId = id, Title = "Ledger slow", Category = "performance", Severity = Severity.P2, ImpactLevel = IncidentLevel.High,
                UrgencyLevel = IncidentLevel.Medium, ClientId = "client-1", ComponentId = "c1", ReporterUserId = "reporter",
                DetectionTimestamp = PolicyTime.AddMinutes(-5), CreatedAt = PolicyTime, UpdatedAt = PolicyTime,
            });
        }
    }

    private static Escalation Escalation(string id, string incidentId, EscalationLevel level) => new()
    {
        EscalationId = id, IncidentId = incidentId, EscalatedByUser = "manager", EscalatedToUser = "expert", EscalationLevel = level, EscalatedAt = PolicyTime,
    };

    private static IncidentHistoryEntry History(string id, string from, string to) => new()
    {
        UpdateId = id, IncidentId = "i1", UpdatedByUser = "manager", UpdateType = IncidentUpdateType.StatusChange, FieldChanged = "status",
        OldValue = from, NewValue = to, CreatedAt = PolicyTime,
    };

    private static AuditEntry Escalated(string escalationId) => new()
    {
        AuditId = "audit-" + escalationId,
        Action = AuditAction.Escalate,
        EntityType = EntityType.Escalation,
        EntityId = escalationId,
        ActorUserId = "manager",
        CreatedAt = PolicyTime,
        Outcome = AuditOutcome.Succeeded,
        Reason = "incident_manager_may_escalate",
        ChangedFields = ["escalation_level"],
        ValueChanges = [new AuditValueChange("escalation_level", null, "technical")],
    };
}
