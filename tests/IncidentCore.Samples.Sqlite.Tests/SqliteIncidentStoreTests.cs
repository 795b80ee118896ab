using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>What the SQLite sample adds beyond the conformance suite: a database file that outlives its store.</summary>
public sealed class SqliteIncidentStoreTests : IDisposable
{
    private static readonly DateTimeOffset PolicyTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Reopen_WhenAnotherStoreCommittedToTheFile_FindsTheRecordAndItsAuditEntry()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();
        var administrator = Administrator("first");
        using (var first = new SqliteIncidentStore(connectionString))
        {
            await using var work = await first.BeginAsync();
            work.Users.Add(administrator);
            work.AuditTrail.Append(Created(administrator.UserId));
            Assert.True((await work.CommitAsync()).IsCommitted);
        }

        using var second = new SqliteIncidentStore(connectionString);
        await using var reread = await second.BeginAsync();

        Assert.Equal(administrator, await reread.Users.FindByIdAsync(administrator.UserId));
        Assert.Equal(administrator.UserId, Assert.Single(await reread.AuditTrail.ListAsync(null, 10)).EntityId);
    }

    [Fact]
    public async Task Onboard_WhenTheSameClientIsOnboardedByTwoHostsOnOneFile_SecondHaltsWithDuplicate()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();
        var request = new ClientOnboardingRequest
        {
            ClientName = "Johnson LLC",
            RegistrationNumber = "REG-1001",
            ContactEmail = "contact@johnsonllc",
            ClientType = "mid_market",
        };

        await using var firstHost = Host(connectionString);
        await using var secondHost = Host(connectionString);
        await Seed(firstHost, Administrator("admin"));
        var first = await firstHost.GetRequiredService<ClientOnboarding>().OnboardAsync("admin", request);
        var second = await secondHost.GetRequiredService<ClientOnboarding>().OnboardAsync("admin", request with { RegistrationNumber = " reg-1001 " });

        Assert.True(first.Succeeded, first.ToString());
        Assert.False(second.Succeeded);
        Assert.Equal("duplicate", second.Halt!.CodeName);
    }

    [Fact]
    public async Task Commit_WhenTheKeyWasTakenAfterTheCheck_ReportsDuplicateOfThatField()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();
        using var store = new SqliteIncidentStore(connectionString);
        await using var late = await store.BeginAsync();
        late.Users.Add(Administrator("late") with { Email = "  ADA@example.com " });

        await using (var early = await store.BeginAsync())
        {
            early.Users.Add(Administrator("early"));
            Assert.True((await early.CommitAsync()).IsCommitted);
        }

        var result = await late.CommitAsync();

        Assert.Equal(CommitStatus.Duplicate, result.Status);
        Assert.Equal("email", result.DuplicateField);
    }

    public void Dispose() => _folder.Dispose();

    private static ServiceProvider Host(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddIncidentCore().UseSqliteStore(connectionString);
        return services.BuildServiceProvider();
    }

    private static async Task Seed(IServiceProvider provider, User user)
    {
        await using var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
        work.Users.Add(user);
        Assert.True((await work.CommitAsync()).IsCommitted);
    }

    private static User Administrator(string id) => new()
    {
        UserId = id,
        Name = "Ada Administrator",
        Email = "ada@example.com",
        Role = UserRole.SystemAdministrator,
        CreatedAt = PolicyTime,
        UpdatedAt = PolicyTime.AddTicks(1234567),
    };

    private static AuditEntry Created(string userId) => new()
    {
        AuditId = "audit-1",
        Action = AuditAction.Create,
        EntityType = EntityType.User,
        EntityId = userId,
        ActorUserId = userId,
        CreatedAt = PolicyTime,
        Outcome = AuditOutcome.Succeeded,
        Reason = "bootstrap",
        ChangedFields = ["name", "email", "role"],
        ValueChanges = [new AuditValueChange("role", null, "system_administrator")],
    };
}
