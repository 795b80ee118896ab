using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Tests.Adapters;

/// <summary>
/// The in-memory unit of work keeps the first write, audit entry, guard and history row in fields and everything beyond
/// them in one object made when needed: whatever the order things are staged in, a commit writes all of them.
/// </summary>
public sealed class InMemoryUnitOfWorkStagingTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_history_row_staged_first_is_kept_when_further_writes_entries_and_guards_follow()
    {
        var store = new InMemoryStore();
        await using (var seed = (IIncidentUnitOfWork)await store.BeginAsync())
        {
            seed.Users.Add(User("u-1"));
            seed.Users.Add(User("u-2"));
            Assert.True((await seed.CommitAsync()).IsCommitted);
        }

        await using (var work = (IIncidentUnitOfWork)await store.BeginAsync())
        {
            work.Incidents.AppendHistory(Row("h-1"));
            work.Clients.Add(Client("c-1"));
            work.Clients.Add(Client("c-2"));
            work.AuditTrail.Append(Entry("a-1"));
            work.AuditTrail.Append(Entry("a-2"));
            work.GuardActor("u-1", 1);
            work.GuardActor("u-2", 1);
            work.Incidents.AppendHistory(Row("h-2"));
            work.Incidents.AppendHistory(Row("h-3"));
            Assert.True((await work.CommitAsync()).IsCommitted);
        }

        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        Assert.Equal(["h-1", "h-2", "h-3"], (await read.Incidents.ListHistoryAsync("i-1")).Select(r => r.UpdateId));
        Assert.NotNull(await read.Clients.FindByIdAsync("c-1"));
        Assert.NotNull(await read.Clients.FindByIdAsync("c-2"));
        Assert.Equal(["a-1", "a-2"], (await read.AuditTrail.ListAsync(null, 10)).Select(e => e.AuditId));
    }

    [Fact]
    public async Task A_second_guard_that_no_longer_holds_refuses_the_whole_commit()
    {
        var store = new InMemoryStore();
        await using (var seed = await store.BeginAsync())
        {
            seed.Users.Add(User("u-1"));
            seed.Users.Add(User("u-2"));
            Assert.True((await seed.CommitAsync()).IsCommitted);
        }

        await using (var work = (IIncidentUnitOfWork)await store.BeginAsync())
        {
            work.Incidents.AppendHistory(Row("h-1"));
            work.Clients.Add(Client("c-1"));
            work.GuardActor("u-1", 1);
            work.GuardActor("u-2", 7);
            Assert.Equal(Ports.CommitStatus.Conflict, (await work.CommitAsync()).Status);
        }

        await using var read = (IIncidentUnitOfWork)await store.BeginAsync();
        Assert.Empty(await read.Incidents.ListHistoryAsync("i-1"));
        Assert.Null(await read.Clients.FindByIdAsync("c-1"));
    }

    private static User User(string id) => new()
    {
        UserId = id,
        Name = "Person " + id,
        Email = id + "@staff.example",
        Role = UserRole.SystemAdministrator,
        CreatedAt = At,
        UpdatedAt = At,
    };

    private static Client Client(string id) => new()
    {
        ClientId = id,
        ClientName = "Client " + id,
        RegistrationNumber = "REG-" + id,
        ContactEmail = id + "@client.example",
        ClientType = ClientType.Enterprise,
        CreatedAt = At,
        UpdatedAt = At,
    };

    private static AuditEntry Entry(string id) => new()
    {
        AuditId = id,
        Action = AuditAction.Create,
        EntityType = EntityType.Client,
        EntityId = "c-1",
        ActorUserId = "u-1",
        CreatedAt = At,
        Outcome = AuditOutcome.Succeeded,
        Reason = "system_administrator_may_onboard_clients",
    };

    private static IncidentHistoryEntry Row(string id) => new()
    {
        UpdateId = id,
        IncidentId = "i-1",
        UpdatedByUser = "u-1",
        UpdateType = IncidentUpdateType.StatusChange,
        FieldChanged = "status",
        OldValue = "open",
        NewValue = "in_progress",
        CreatedAt = At,
    };
}
