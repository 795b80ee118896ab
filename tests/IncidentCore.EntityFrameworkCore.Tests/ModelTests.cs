using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Domain.Incidents;
using IncidentCore.EntityFrameworkCore.Sqlite;
using IncidentCore.Ports;
using IncidentCore.Samples.EntityFrameworkCore.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>The model a host gets, the names it may choose, the sample's migrations matching it, the store's ids, and the SQLite classifier reading SQLite's messages.</summary>
public sealed class ModelTests : IDisposable
{
    private const int UniqueKeysLength = IncidentCore.Domain.Normalization.UniqueKeys.MaximumKeyLength;

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void ApplyIncidentCoreModel_WithPrefixAndSchema_NamesEveryTableAndIndexAfterThem()
    {
        using var context = new PrefixedDbContext(new DbContextOptionsBuilder<PrefixedDbContext>().UseSqlite("Data Source=:memory:").Options);
        var clients = context.Model.FindEntityType(typeof(Client))!;

        Assert.Equal(
            [
                "ic_audit_entries", "ic_audit_order", "ic_change_requests", "ic_clients", "ic_communications", "ic_escalations", "ic_incident_updates",
                "ic_incidents", "ic_infrastructure_components", "ic_post_incident_reviews", "ic_products", "ic_rollback_requests", "ic_users", "ic_vendors",
            ],
            context.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal));
        Assert.All(context.Model.GetEntityTypes(), e => Assert.Equal("incidents", e.GetSchema()));
        Assert.Equal(
            ["ux_ic_clients_contact_email", "ux_ic_clients_registration_number"],
            clients.GetIndexes().Select(i => i.GetDatabaseName()).Order(StringComparer.Ordinal));
        Assert.True(clients.FindProperty(nameof(Client.Version))!.IsConcurrencyToken);
        Assert.Equal(UniqueKeysLength, clients.FindProperty("RegistrationNumberKey")!.GetMaxLength());
    }

    [Fact]
    public void ApplyIncidentCoreModel_ForEscalations_KeepsOneActivePerIncidentAndLevelInAFilteredUniqueIndex()
    {
        using var context = new PrefixedDbContext(new DbContextOptionsBuilder<PrefixedDbContext>().UseSqlite("Data Source=:memory:").Options);
        var escalations = context.Model.FindEntityType(typeof(Escalation))!;

        var index = Assert.Single(escalations.GetIndexes(), i => i.IsUnique);

        Assert.Equal("ux_ic_escalations_active_level", index.GetDatabaseName());
        Assert.Equal(["incident_id", "escalation_level"], index.Properties.Select(p => p.GetColumnName()));
        Assert.Equal("\"status\" = 'active'", index.GetFilter());
        Assert.True(escalations.FindProperty(nameof(Escalation.Version))!.IsConcurrencyToken);
    }

    [Fact]
    public void ApplyIncidentCoreModel_ForRollbacks_KeepsOneOpenPerChangeInAFilteredUniqueIndex()
    {
        using var context = new PrefixedDbContext(new DbContextOptionsBuilder<PrefixedDbContext>().UseSqlite("Data Source=:memory:").Options);
        var rollbacks = context.Model.FindEntityType(typeof(RollbackRequest))!;

        var index = Assert.Single(rollbacks.GetIndexes());

        Assert.True(index.IsUnique);
        Assert.Equal("ux_ic_rollback_requests_open_change", index.GetDatabaseName());
        Assert.Equal(["change_id"], index.Properties.Select(p => p.GetColumnName()));
        Assert.Equal("\"status\" IN ('requested', 'approved', 'in_progress')", index.GetFilter());
        Assert.Null(rollbacks.FindProperty(nameof(RollbackRequest.IsOpen)));
    }

    [Fact]
    public void ApplyIncidentCoreModel_ForTheApprovalDomain_StoresEveryFieldWithWireNamesAndTheLimitsOfItsValues()
    {
        using var context = new PrefixedDbContext(new DbContextOptionsBuilder<PrefixedDbContext>().UseSqlite("Data Source=:memory:").Options);
        var changes = context.Model.FindEntityType(typeof(ChangeRequest))!;
        var rollbacks = context.Model.FindEntityType(typeof(RollbackRequest))!;

        Assert.Equal(
            [
                "actual_end_time", "actual_start_time", "approved_by_user", "change_id", "change_type", "created_at", "incident_id", "rejection_reason",
                "requesting_user", "risk_level", "scheduled_end_time", "scheduled_start_time", "status", "title", "updated_at", "version",
            ],
            changes.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["approved_by_user", "change_id", "completed_at", "created_at", "incident_id", "rejection_reason", "requesting_user", "rollback_id", "status", "version"],
            rollbacks.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal));
        Assert.Equal(
            [FieldLimits.MaximumTextLength, FieldLimits.MaximumTextLength, FieldLimits.MaximumTextLength, FieldLimits.MaximumIdLength],
            [
                changes.FindProperty(nameof(ChangeRequest.Title))!.GetMaxLength(), changes.FindProperty(nameof(ChangeRequest.RejectionReason))!.GetMaxLength(),
                rollbacks.FindProperty(nameof(RollbackRequest.RejectionReason))!.GetMaxLength(), rollbacks.FindProperty(nameof(RollbackRequest.ChangeId))!.GetMaxLength(),
            ]);
        Assert.Equal("rolled_back", changes.FindProperty(nameof(ChangeRequest.Status))!.GetValueConverter()!.ConvertToProvider(ChangeStatus.RolledBack));
        Assert.Equal("emergency", changes.FindProperty(nameof(ChangeRequest.ChangeType))!.GetValueConverter()!.ConvertToProvider(ChangeType.Emergency));
        Assert.Equal("in_progress", rollbacks.FindProperty(nameof(RollbackRequest.Status))!.GetValueConverter()!.ConvertToProvider(RollbackStatus.InProgress));
        Assert.All(new[] { changes, rollbacks }, type => Assert.True(type.FindProperty("Version")!.IsConcurrencyToken, type.Name));
    }

    [Fact]
    public void ApplyIncidentCoreModel_ForTheIncidentDomain_KeysNamesUniquelyAndIndexesAClientsIncidentsByKey()
    {
        using var context = new PrefixedDbContext(new DbContextOptionsBuilder<PrefixedDbContext>().UseSqlite("Data Source=:memory:").Options);
        var model = context.Model;
        string[] UniqueColumns(Type type) =>
            [.. model.FindEntityType(type)!.GetIndexes().Where(i => i.IsUnique).SelectMany(i => i.Properties.Select(p => p.GetColumnName()))];

        Assert.Equal(["product_name_key"], UniqueColumns(typeof(Product)));
        Assert.Equal(["component_name_key"], UniqueColumns(typeof(InfrastructureComponent)));
        Assert.Equal(["update_id"], UniqueColumns(typeof(IncidentHistoryEntry)));
        Assert.Equal(
            ["client_id", "incident_id"],
            Assert.Single(model.FindEntityType(typeof(Incident))!.GetIndexes()).Properties.Select(p => p.GetColumnName()));
        Assert.Equal(
            FieldLimits.MaximumIdLength + 1 + UniqueKeysLength,
            model.FindEntityType(typeof(InfrastructureComponent))!.FindProperty("ComponentNameKey")!.GetMaxLength());
        Assert.Equal("P1", model.FindEntityType(typeof(Incident))!.FindProperty(nameof(Incident.Severity))!.GetValueConverter()!.ConvertToProvider(Severity.P1));
        Assert.All(
            new[] { typeof(Product), typeof(InfrastructureComponent), typeof(Incident), typeof(Escalation), typeof(Communication), typeof(PostIncidentReview) },
            type => Assert.True(model.FindEntityType(type)!.FindProperty("Version")!.IsConcurrencyToken, type.Name));
    }

    [Fact]
    public void SampleMigrations_ForEachProvider_MatchTheModel()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgreSql = new PostgreSqlDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "The SQLite migrations of the sample lag behind the model: add a migration.");
        Assert.False(postgreSql.Database.HasPendingModelChanges(), "The PostgreSQL migrations of the sample lag behind the model: add a migration.");
    }

    [Fact]
    public async Task IdGenerator_WhenCalledInARow_GivesEverIncreasingIds()
    {
        var services = new ServiceCollection();
        services.AddDbContext<PrefixedDbContext>(o => o.UseSqlite("Data Source=:memory:"));
        services.AddIncidentCore().AddEntityFrameworkStores<PrefixedDbContext>();
        await using var provider = services.BuildServiceProvider();
        var ids = provider.GetRequiredService<IIdGenerator>();

        var made = Enumerable.Range(0, 5000).Select(i => i % 2 == 0 ? ids.NewId(EntityType.Incident) : ids.NewAuditId()).ToList();

        Assert.All(made, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.All(made.Zip(made.Skip(1)), pair => Assert.True(string.CompareOrdinal(pair.First, pair.Second) < 0, $"{pair.First} is not before {pair.Second}"));
    }

    [Fact]
    public async Task Commit_WithPrefixedTables_ReportsTheDuplicateFieldFromTheModel()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();
        var services = new ServiceCollection();
        services.AddDbContext<PrefixedDbContext>(o => o.UseSqlite(connectionString));
        services.AddIncidentCore().AddEntityFrameworkStores<PrefixedDbContext>().UseSqliteErrorClassifier();
        await using var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PrefixedDbContext>().Database.EnsureCreatedAsync();
        }

        var store = provider.GetRequiredService<IUnitOfWorkFactory>();
        var first = await CommitVendorAsync(store, "v1", "+420 777 000 111");
        var second = await CommitVendorAsync(store, "v2", "+420777000111");

        Assert.Equal(CommitStatus.Committed, first.Status);
        Assert.Equal(CommitResult.Duplicate("contact_phone"), second);
    }

    [Fact]
    public async Task Begin_WhenTheContextLacksIncidentCoresModel_ThrowsSayingWhatToCall()
    {
        var services = new ServiceCollection();
        services.AddDbContext<BareDbContext>(o => o.UseSqlite("Data Source=:memory:"));
        services.AddIncidentCore().AddEntityFrameworkStores<BareDbContext>();
        await using var provider = services.BuildServiceProvider();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync().AsTask());

        Assert.Contains("ApplyIncidentCoreModel", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteClassifier_WhenUniqueConstraintFails_NamesTheTableAndColumns()
    {
        var classifier = new SqliteDatabaseErrorClassifier();

        var unique = classifier.Classify(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: ic_vendors.contact_phone_key'.", 19, 2067));
        var composite = classifier.Classify(new SqliteException("SQLite Error 19: 'UNIQUE constraint failed: t.a, t.b'.", 19, 2067));
        var notNull = classifier.Classify(new SqliteException("SQLite Error 19: 'NOT NULL constraint failed: t.a'.", 19, 1299));
        var busy = classifier.Classify(new SqliteException("SQLite Error 5: 'database is locked'.", 5, 5));

        Assert.Equal("ic_vendors", unique.TableName);
        Assert.Equal(["contact_phone_key"], unique.ColumnNames);
        Assert.Equal("t", composite.TableName);
        Assert.Equal(["a", "b"], composite.ColumnNames);
        Assert.Equal(DatabaseErrorKind.Other, notNull.Kind);
        Assert.Equal(DatabaseErrorKind.Other, busy.Kind);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task<CommitResult> CommitVendorAsync(IUnitOfWorkFactory store, string id, string phone)
    {
        await using var work = await store.BeginAsync();
        work.Vendors.Add(new Vendor
        {
            VendorId = id, VendorName = $"Vendor {id}", VendorType = VendorType.CloudProvider, ContactEmail = $"{id}@vendor.example",
            ContactPhone = phone, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        return await work.CommitAsync();
    }
}
