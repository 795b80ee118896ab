using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

/// <summary>
/// A call authorized on the actor's record commits only if that record is unchanged at commit: an actor deactivated,
/// or an account manager moved to another client, while the call was in flight ends denied, with nothing written but
/// the denial.
/// </summary>
public sealed class ActorGuardTests
{
    private static TestHost Create(string userId, Func<User, User> change)
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

        foreach (var vendor in Seed.Vendors())
        {
            seed.Vendors.Add(vendor);
        }

        var store = new ActorChangingStore(new InMemoryStore(seed), userId, change);
        return TestHost.Create(store: builder => builder.UseStore(_ => store, _ => store));
    }

    [Fact]
    public async Task Onboard_WhenTheActorIsDeactivatedInFlight_EndsUnauthorizedAndCreatesNothing()
    {
        await using var host = Create(Seed.Admin, u => u with { Status = UserStatus.Inactive });

        var halt = ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient()), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.ActorNotActive, halt.DenialReason);
        var snapshot = await host.SnapshotAsync();
        Assert.Equal(2, snapshot.Clients.Count);
        var entry = Assert.Single(snapshot.Audit);
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
    }

    [Fact]
    public async Task ClientUpdate_WhenTheAccountManagerIsMovedToAnotherClientInFlight_EndsUnauthorizedAndChangesNothing()
    {
        await using var host = Create(Seed.AccountManagerOfA, u => u with { ClientId = Seed.ClientB });
        var before = (await host.ClientAsync(Seed.ClientA))!;

        var halt = ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.AccountManagerOfA, Seed.ClientA, new ChangeSet { { "status", "suspended" } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.NotAssignedToClient, halt.DenialReason);
        Assert.Equal(before, await host.ClientAsync(Seed.ClientA));
    }

    [Fact]
    public async Task UserRegistration_WhenTheActorsRoleChangesInFlight_EndsUnauthorized()
    {
        await using var host = Create(Seed.IncidentManager, u => u with { Role = UserRole.TechnicalSupport });

        var halt = ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewUser()), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.RoleNotPermitted, halt.DenialReason);
        Assert.DoesNotContain((await host.SnapshotAsync()).Users, u => u.Email == Requests.NewUser().Email);
    }

    [Fact]
    public async Task Update_WhenTheActorChangesOnlyADetailInFlight_RetriesAndSucceeds()
    {
        await using var host = Create(Seed.Admin, u => u with { Department = "Elsewhere" });

        var updated = ResultAssert.Succeeded(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "industry", "Retail" } }));

        Assert.Equal("Retail", updated.Industry);
        Assert.Single((await host.SnapshotAsync()).Audit);
    }

    [Fact]
    public async Task UserUpdate_WhenTheActorEditsThemself_TheGuardAndTheUpdateDoNotTripOverEachOther()
    {
        await using var host = TestHost.Create();

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.Admin, new ChangeSet { { "department", "Security" } }));

        Assert.Equal(2, updated.Version);
    }
}
