using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;
using IncidentCore.Samples.PostgreSql.Storage;
using Npgsql;
using Xunit;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// What the PostgreSQL schema enforces by itself for the incident domain: one active escalation per incident and
/// level (a partial unique index, which resolved and cancelled escalations do not count against), and foreign keys
/// from an incident's rows to the incident. Each fact works in a schema of its own.
/// </summary>
public sealed class PostgreSqlIncidentSchemaTests : IDisposable
{
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly List<string> _schemas = [];

    [SkippableFact]
    public async Task Escalations_WhenOneIsActiveAtALevel_ASecondIsRefusedUntilTheFirstIsResolved()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        await using var store = new PostgreSqlIncidentStore(NewSchema());
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

    [SkippableFact]
    public async Task Escalations_WhenASecondActiveRowIsWrittenBehindTheLibrary_TheIndexRefusesIt()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = NewSchema();
        await using var store = new PostgreSqlIncidentStore(connectionString);
        await CommitAsync(store, work =>
        {
            AddIncidents(work, "i1");
            work.Escalations.Add(Escalation("e1", "i1", EscalationLevel.Vendor));
        });

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO escalations (escalation_id, incident_id, escalated_by_user, escalated_to_user, escalation_level, reason, status, escalated_at_ticks, resolved_at_ticks, version)
            VALUES ('e2', 'i1', 'a', 'b', 'vendor', NULL, 'active', 638943984000000000, NULL, 1)
            """, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        insert.CommandText = insert.CommandText.Replace("'active'", "'cancelled'", StringComparison.Ordinal);
        var cancelled = await insert.ExecuteNonQueryAsync();

        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ux_escalations_active_level"), (refused.SqlState, refused.ConstraintName));
        Assert.Equal(1, cancelled);
    }

    [SkippableFact]
    public async Task IncidentRows_WhenTheyNameNoIncident_AreRefusedAndTheCommitWritesNothing()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        await using var store = new PostgreSqlIncidentStore(NewSchema());
        await CommitAsync(store, work => AddIncidents(work, "i1"));

        await using var work = (IIncidentUnitOfWork)await store.BeginAsync();
        work.Escalations.Add(Escalation("e1", "no-such-incident", EscalationLevel.Technical));
        work.AuditTrail.Append(Escalated("e1"));
        var refused = await Assert.ThrowsAsync<PostgresException>(async () => await work.CommitAsync());

        Assert.Equal((PostgresErrorCodes.ForeignKeyViolation, "fk_escalations_incident"), (refused.SqlState, refused.ConstraintName));
        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        Assert.Null(await read.Escalations.FindByIdAsync("e1"));
        Assert.Equal(0, await read.AuditTrail.CountAsync());
    }

    [SkippableFact]
    public async Task IncidentUpdate_WhenTheIncidentChangedMeanwhile_ConflictsAndWritesNoHistoryRow()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        await using var store = new PostgreSqlIncidentStore(NewSchema());
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
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas)
        {
            TestDatabase.DropSchema(schema);
        }
    }

    private string NewSchema()
    {
        var (schema, connectionString) = TestDatabase.CreateSchema();
        _schemas.Add(schema);
        return connectionString;
    }

    private static async Task<CommitResult> CommitAsync(PostgreSqlIncidentStore store, Action<IIncidentUnitOfWork> stage)
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
