using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Onboard_WhenEightCallersRaceTheSameRegistrationNumber_ExactlyOneSucceedsAndTheRestHaltDuplicate()
    {
        for (var round = 0; round < 20; round++)
        {
            await using var host = TestHost.Create();
            var onboarding = host.ClientOnboarding;
            using var start = new ManualResetEventSlim();
            var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await onboarding.OnboardAsync(Seed.Admin, Requests.NewClient(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { RegistrationNumber = "RACE-1" });
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(tasks);

            Assert.Single(results, r => r.Succeeded);
            Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
            var snapshot = await host.SnapshotAsync();
            Assert.Single(snapshot.Clients, c => c.RegistrationNumber == "RACE-1");
            Assert.Single(snapshot.Audit, a => a.EntityType == IncidentCore.Domain.EntityType.Client && a.Outcome == IncidentCore.Domain.AuditOutcome.Succeeded);
        }
    }

    [Fact]
    public async Task ClientUpdate_WhenManyCallersChangeDifferentFieldsAtOnce_NoChangeIsLost()
    {
        await using var host = TestHost.Create(o => o.MaxConcurrencyRetries = 50);
        var update = host.ClientUpdate;
        var changes = new[]
        {
            new ChangeSet { { "industry", "Energy" } },
            new ChangeSet { { "country", "Austria" } },
            new ChangeSet { { "status", "suspended" } },
            new ChangeSet { { "client_type", "startup" } },
            new ChangeSet { { "client_name", "Renamed" } },
        };

        var results = await Task.WhenAll(changes.Select(c => Task.Run(async () => await update.UpdateAsync(Seed.Admin, Seed.ClientA, c))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Halt?.ToString()));
        var client = (await host.ClientAsync(Seed.ClientA))!;
        Assert.Equal(("Energy", "Austria", IncidentCore.Domain.ClientStatus.Suspended, IncidentCore.Domain.ClientType.Startup, "Renamed"),
            (client.Industry, client.Country, client.Status, client.ClientType, client.ClientName));
        Assert.Equal(1 + changes.Length, client.Version);
    }
}
