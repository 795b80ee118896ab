using IncidentCore.Adapters.InMemory;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

/// <summary>A lost race is retried exactly <c>MaxConcurrencyRetries</c> times, then the call halts with conflict.</summary>
public sealed class ConcurrencyRetryCountTests
{
    private static (TestHost Host, ConflictingStore Store) Create(int retries)
    {
        var seed = new InMemorySeedData();
        foreach (var user in Seed.Users())
        {
            seed.Users.Add(user);
        }

        foreach (var client in Seed.Clients())
        {
            seed.Clients.Add(client);
        }

        var store = new ConflictingStore(new InMemoryStore(seed));
        return (TestHost.Create(o => o.MaxConcurrencyRetries = retries, builder => builder.UseStore(_ => store, _ => store)), store);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public async Task Update_WhenEveryCommitLosesTheRace_CommitsOnceMoreThanTheRetriesThenHaltsConflict(int retries, int expectedCommits)
    {
        var (host, store) = Create(retries);
        await using var _ = host;

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "industry", "Retail" } }), HaltCode.Conflict);

        Assert.Equal(expectedCommits, store.Commits);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    public async Task Create_WhenEveryCommitLosesTheRace_CommitsOnceMoreThanTheRetriesThenHaltsConflict(int retries, int expectedCommits)
    {
        var (host, store) = Create(retries);
        await using var _ = host;

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient()), HaltCode.Conflict);

        Assert.Equal(expectedCommits, store.Commits);
    }
}
