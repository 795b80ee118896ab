using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Policy;

public sealed class ClientAssociationTests
{
    [Fact]
    public async Task ClientUpdate_WhenAccountManagerIsAssignedToTheClient_Succeeds()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientUpdate.UpdateAsync(Seed.AccountManagerOfA, Seed.ClientA, new ChangeSet { { "status", "suspended" } });

        var client = ResultAssert.Succeeded(result);
        Assert.Equal(IncidentCore.Domain.ClientStatus.Suspended, client.Status);
        var audit = (await host.AuditAsync())[^1];
        Assert.Equal("client_update.account_manager_assigned_to_client", audit.Reason);
    }

    [Fact]
    public async Task ClientUpdate_WhenAccountManagerIsAssignedToAnotherClient_HaltsNotAssignedToClient()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var result = await host.ClientUpdate.UpdateAsync(Seed.AccountManagerOfA, Seed.ClientB, new ChangeSet { { "status", "suspended" } });

        var halt = ResultAssert.Halted(result, HaltCode.Unauthorized);
        Assert.Equal(DenialReason.NotAssignedToClient, halt.DenialReason);
        Assert.Contains("not_assigned_to_client", halt.Message, StringComparison.Ordinal);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task ClientUpdate_WhenAccountManagerIsAssignedToNoClient_HaltsNotAssignedToClient()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientUpdate.UpdateAsync(Seed.AccountManagerUnassigned, Seed.ClientA, new ChangeSet { { "industry", "Energy" } });

        Assert.Equal(DenialReason.NotAssignedToClient, ResultAssert.Halted(result, HaltCode.Unauthorized).DenialReason);
    }

    [Fact]
    public async Task ClientUpdate_WhenAssignedAccountManagerTargetsMissingClient_HaltsUnauthorizedBeforeRevealingExistence()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientUpdate.UpdateAsync(Seed.AccountManagerOfA, "c-missing", new ChangeSet { { "industry", "Energy" } });

        Assert.Equal(DenialReason.NotAssignedToClient, ResultAssert.Halted(result, HaltCode.Unauthorized).DenialReason);
    }

    [Fact]
    public async Task ClientUpdate_WhenClientContactOfTheClientTries_HaltsRoleNotPermitted()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientUpdate.UpdateAsync(Seed.ClientContactOfA, Seed.ClientA, new ChangeSet { { "industry", "Energy" } });

        Assert.Equal(DenialReason.RoleNotPermitted, ResultAssert.Halted(result, HaltCode.Unauthorized).DenialReason);
    }

    [Fact]
    public async Task ClientOnboarding_WhenAccountManagerIsUnassigned_Succeeds()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientOnboarding.OnboardAsync(Seed.AccountManagerUnassigned, Requests.NewClient());

        ResultAssert.Succeeded(result);
    }
}
