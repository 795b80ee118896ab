using IncidentCore.Adapters.InMemory;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Procedures;

public sealed class StorageFailureTests
{
    private static (TestHost Host, FailingStore Store, RecordingEscalationHook Hook) Create(bool failOnBegin)
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

        var store = new FailingStore(new InMemoryStore(seed), failOnBegin);
        var hook = new RecordingEscalationHook();
        var host = TestHost.Create(store: builder =>
        {
            builder.UseStore(_ => store, _ => store);
            builder.Services.AddSingleton<IEscalationHook>(hook);
        });
        return (host, store, hook);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Onboard_WhenStorageFails_HaltsStorageFailureEscalatesOnceAndChangesNothing(bool failOnBegin)
    {
        var (host, store, hook) = Create(failOnBegin);
        await using var _ = host;
        store.Failing = false;
        var before = await host.SnapshotAsync();
        store.Failing = true;

        var halt = ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient()), HaltCode.StorageFailure);

        Assert.Equal("storage_failure", halt.CodeName);
        Assert.Contains("nothing was changed", halt.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("disk full", halt.Message, StringComparison.Ordinal);
        var failure = Assert.Single(hook.Failures);
        Assert.Equal(Operation.ClientOnboarding, failure.Operation);
        Assert.Equal(Seed.Admin, failure.ActorUserId);
        store.Failing = false;
        (await host.SnapshotAsync()).AssertUnchanged(before);
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 1004);
    }

    [Fact]
    public async Task Update_WhenCommitFails_HaltsStorageFailure()
    {
        var (host, store, hook) = Create(failOnBegin: false);
        await using var _ = host;

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { "status", "inactive" } }), HaltCode.StorageFailure);

        Assert.Single(hook.Failures);
        store.Failing = false;
        Assert.Equal(IncidentCore.Domain.UserStatus.Active, (await host.UserAsync(Seed.TechnicalSupport))!.Status);
    }

    [Fact]
    public async Task Onboard_WhenTheEscalationHookThrows_StillHaltsCleanly()
    {
        var (host, _, hook) = Create(failOnBegin: true);
        await using var __ = host;
        hook.Throw = true;

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient()), HaltCode.StorageFailure);

        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 1006);
    }

    [Fact]
    public async Task Onboard_WhenCancelled_ThrowsOperationCanceledAndChangesNothing()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient(), cancelled.Token));

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }
}
