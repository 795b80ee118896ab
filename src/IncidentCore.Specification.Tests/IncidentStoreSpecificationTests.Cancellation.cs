using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>Starting a unit of work with a cancelled token throws <see cref="OperationCanceledException"/>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkBegin_WhenCancelled_ThrowsOperationCanceled()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await using var work = await host.Store.BeginAsync(new CancellationToken(canceled: true));
        });
    }

    /// <summary>Every read given a cancelled token throws <see cref="OperationCanceledException"/>.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task RepositoryRead_WhenCancelled_ThrowsOperationCanceled()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var cancelled = new CancellationToken(canceled: true);
        await using var work = await host.Store.BeginAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Clients.FindByIdAsync("1", cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Clients.FindByContactEmailAsync(UniqueKeys.Email("a@b.c"), cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Clients.ListAsync(0, 10, cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Users.FindByEmailAsync(UniqueKeys.Email("a@b.c"), cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone("+17136387543"), cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.AuditTrail.CountAsync(cancelled).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.AuditTrail.ListAsync(null, 10, cancelled).AsTask());
    }

    /// <summary>A commit given a cancelled token throws <see cref="OperationCanceledException"/> and writes nothing; the keys stay free.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenCancelled_ThrowsAndWritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, "user-1", now));
            cancellation.Cancel();
        }, cancellation.Token));

        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        var retry = await host.CommitAsync(work => work.Clients.Add(client));
        Assert.True(retry.IsCommitted, $"The keys of the cancelled commit were still held: {retry.Status} {retry.DuplicateField}.");
    }

    /// <summary>A procedure called with a cancelled token throws <see cref="OperationCanceledException"/> and changes nothing.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientOnboarding_WhenCancelled_ThrowsAndWritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var administrator = await host.SeedAdministratorAsync();
        var onboarding = host.Get<ClientOnboarding>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => onboarding.OnboardAsync(administrator, new ClientOnboardingRequest
        {
            ClientName = "Fabrikam",
            RegistrationNumber = "REG-FABRIKAM",
            ContactEmail = "ops@fabrikam.example",
            ClientType = "enterprise",
        }, new CancellationToken(canceled: true)).AsTask());

        Assert.Empty(await host.ReadAsync(work => work.Clients.ListAsync(0, 10)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }
}
