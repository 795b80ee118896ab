using IncidentCore.Domain;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>
/// The host's own rows (an outbox message per change) and every way a call can end: they commit with a successful
/// change, are rolled back with a refused one, are saved once across a retry, never ride on a denial or a halt, and
/// the host's own unsaved rows are never saved by a procedure. Derived once per provider.
/// </summary>
public abstract class CommitParticipationTests
{
    private static readonly ClientOnboardingRequest Request = new()
    {
        ClientName = "Johnson LLC",
        RegistrationNumber = "REG-1",
        ContactEmail = "contact@johnson.example",
        ClientType = "mid_market",
    };

    protected virtual string? SkipReason => null;

    /// <summary>Registers the context on a new, empty database with the host's tables and IncidentCore's, and the store with the provider's classifier.</summary>
    protected abstract EntityFrameworkStoreBuilder<HostDbContext> AddStore(IncidentCoreBuilder builder);

    [SkippableFact]
    public async Task Onboarding_WhenSucceeded_CommitsHostRowWithRecordAndAuditEntry()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request);

        Assert.True(result.Succeeded, result.ToString());
        var message = Assert.Single(await host.OutboxAsync());
        Assert.Equal(("client.create", result.Value), (message.Topic, message.EntityId));
        Assert.Equal(result.Value, Assert.Single(await host.ClientsAsync()).ClientId);
        Assert.Equal(result.Value, Assert.Single(await host.AuditTrailAsync()).EntityId);
        Assert.Equal(1, host.Probe.Calls);
    }

    [SkippableFact]
    public async Task Onboarding_WhenDenied_CommitsDenialAuditEntryWithoutHostRow()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.InactiveUserId, Request);

        Assert.Equal(HaltCode.Unauthorized, result.Halt!.Code);
        Assert.Equal(AuditOutcome.Denied, Assert.Single(await host.AuditTrailAsync()).Outcome);
        Assert.Empty(await host.OutboxAsync());
        Assert.Equal(0, host.Probe.Calls);
    }

    [SkippableFact]
    public async Task Onboarding_WhenHaltedByValidation_CommitsNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request with { ContactEmail = "not an email" });

        Assert.Equal(HaltCode.ValidationFailed, result.Halt!.Code);
        Assert.Empty(await host.AuditTrailAsync());
        Assert.Empty(await host.OutboxAsync());
        Assert.Equal(0, host.Probe.Calls);
    }

    [SkippableFact]
    public async Task Commit_WhenUniqueIndexRefusesTheRecord_RollsBackHostRow()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        var store = host.Get<IUnitOfWorkFactory>();
        var at = DateTimeOffset.UnixEpoch;
        Client NewClient(string id) => new()
        {
            ClientId = id, ClientName = "Johnson", RegistrationNumber = "REG-1", ContactEmail = $"{id}@johnson.example",
            ClientType = ClientType.Startup, CreatedAt = at, UpdatedAt = at,
        };

        CommitResult refused;
        await using (var late = await store.BeginAsync())
        {
            late.Clients.Add(NewClient("late"));
            late.AuditTrail.Append(CreateEntry("late"));
            await using (var early = await store.BeginAsync())
            {
                early.Clients.Add(NewClient("early"));
                early.AuditTrail.Append(CreateEntry("early"));
                Assert.True((await early.CommitAsync()).IsCommitted);
            }

            refused = await late.CommitAsync();
        }

        Assert.Equal(CommitResult.Duplicate("registration_number"), refused);
        Assert.Equal(2, host.Probe.Calls);
        Assert.Equal("early", Assert.Single(await host.OutboxAsync()).EntityId);
        Assert.Equal("early", Assert.Single(await host.AuditTrailAsync()).EntityId);
    }

    [SkippableFact]
    public async Task ClientUpdate_WhenFirstAttemptLosesTheRace_SavesHostRowOnce()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        var clientId = (await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request)).Value!;

        // On the update's first attempt, the stored version moves inside its own transaction (as a concurrent update
        // would have moved it): the version check fails, the attempt rolls back with its outbox row, and the procedure retries.
        host.Probe.OnCall = (call, context, _, cancellationToken) => call == 2
            ? context.Set<Client>().Where(c => c.ClientId == clientId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1), cancellationToken)
            : Task.CompletedTask;
        var result = await host.Get<ClientUpdate>().UpdateAsync(ParticipationHost.AdministratorId, clientId, new ChangeSet { { "country", "Ireland" } });

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(2, result.Value!.Version);
        Assert.Equal(3, host.Probe.Calls);
        Assert.Equal(["client.create", "client.update"], (await host.OutboxAsync()).Select(m => m.Topic));
        Assert.Equal(2, (await host.AuditTrailAsync()).Count);
    }

    [SkippableFact]
    public async Task Onboarding_WhenParticipantThrows_HaltsStorageFailureAndCommitsNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        host.Probe.OnCall = (_, _, _, _) => throw new InvalidOperationException("The host's outbox is full.");

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request);

        Assert.Equal(HaltCode.StorageFailure, result.Halt!.Code);
        Assert.Empty(await host.ClientsAsync());
        Assert.Empty(await host.AuditTrailAsync());
        Assert.Empty(await host.OutboxAsync());
    }

    [SkippableFact]
    public async Task Onboarding_WhenParticipantSavesTheContext_IsRefusedAndCommitsNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        host.Probe.OnCall = (_, context, _, cancellationToken) => context.SaveChangesAsync(cancellationToken);

        var result = await host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request);

        Assert.Equal(HaltCode.StorageFailure, result.Halt!.Code);
        Assert.Empty(await host.ClientsAsync());
        Assert.Empty(await host.AuditTrailAsync());
        Assert.Empty(await host.OutboxAsync());
    }

    [SkippableFact]
    public async Task Onboarding_WhenCancelledInsideParticipant_ThrowsAndCommitsNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore);
        using var cancellation = new CancellationTokenSource();
        host.Probe.OnCall = (_, _, _, _) =>
        {
            cancellation.Cancel();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Get<ClientOnboarding>().OnboardAsync(ParticipationHost.AdministratorId, Request, cancellation.Token).AsTask());

        Assert.Empty(await host.ClientsAsync());
        Assert.Empty(await host.AuditTrailAsync());
        Assert.Empty(await host.OutboxAsync());
    }

    [SkippableFact]
    public async Task HostContext_WhenItHoldsUnsavedRows_NoProcedureSavesThemAndDenialsStay()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = await ParticipationHost.StartAsync(AddStore, withParticipant: false);

        await using (var request = host.Provider.CreateAsyncScope())
        {
            // The host's own context, in the request's scope, with work it will throw away.
            var hostContext = request.ServiceProvider.GetRequiredService<HostDbContext>();
            hostContext.OutboxMessages.Add(new OutboxMessage { Topic = "host.draft", EntityId = "draft" });
            var onboarding = request.ServiceProvider.GetRequiredService<ClientOnboarding>();

            var succeeded = await onboarding.OnboardAsync(ParticipationHost.AdministratorId, Request);
            var denied = await onboarding.OnboardAsync(ParticipationHost.InactiveUserId, Request with { RegistrationNumber = "REG-2", ContactEmail = "two@johnson.example" });

            Assert.True(succeeded.Succeeded, succeeded.ToString());
            Assert.Equal(HaltCode.Unauthorized, denied.Halt!.Code);
            Assert.Equal(EntityState.Added, hostContext.Entry(hostContext.OutboxMessages.Local.Single()).State);
        }

        Assert.Empty(await host.OutboxAsync());
        Assert.Single(await host.ClientsAsync());
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], (await host.AuditTrailAsync()).Select(e => e.Outcome));
    }

    private static AuditEntry CreateEntry(string clientId) => new()
    {
        AuditId = $"audit-{clientId}",
        Action = AuditAction.Create,
        EntityType = EntityType.Client,
        EntityId = clientId,
        ActorUserId = ParticipationHost.AdministratorId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Outcome = AuditOutcome.Succeeded,
        Reason = "test",
    };
}
