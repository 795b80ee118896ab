using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A committed client reads back by id with every field, its timestamps in UTC to the microsecond, and its version.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientAdd_WhenCommitted_ReadsBackEveryField()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, host.Time.GetUtcNow());

        var result = await host.CommitAsync(work => work.Clients.Add(client));
        var stored = await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.NotNull(stored);
        Assert.Equal(client, stored);
        Assert.Equal(client.CreatedAt.UtcTicks, stored.CreatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(TimeSpan.Zero, stored.UpdatedAt.Offset);
    }

    /// <summary>Every client type and status, and absent optional fields, survive the round trip.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientAdd_WhenEveryTypeAndStatus_ReadsBackEachValue()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var types = Enum.GetValues<ClientType>();
        var statuses = Enum.GetValues<ClientStatus>();
        var clients = new List<Client>();
        for (var i = 0; i < types.Length; i++)
        {
            clients.Add(SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 10 + i, host.Time.GetUtcNow()) with
            {
                ClientType = types[i],
                Status = statuses[i % statuses.Length],
                Industry = i % 2 == 0 ? null : "Finance",
                Country = i % 2 == 0 ? null : "Germany",
            });
        }

        var result = await host.CommitAsync(work => clients.ForEach(work.Clients.Add));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        foreach (var client in clients)
        {
            Assert.Equal(client, await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        }
    }

    /// <summary>Clients are found by the keys UniqueKeys makes: registration numbers and emails regardless of case and spaces.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientFind_WhenLookedUpByNormalisedKeys_ReturnsTheClient()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 2, host.Time.GetUtcNow());
        await host.CommitAsync(work => work.Clients.Add(client));

        var byRegistration = await host.ReadAsync(work =>
            work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber($"  {client.RegistrationNumber.ToLowerInvariant()} ")));
        var byEmail = await host.ReadAsync(work =>
            work.Clients.FindByContactEmailAsync(UniqueKeys.Email($" {client.ContactEmail.ToUpperInvariant()}  ")));

        Assert.Equal(client, byRegistration);
        Assert.Equal(client, byEmail);
    }

    /// <summary>Unknown ids and keys find nothing, and an empty store lists an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientFind_WhenNoSuchClient_ReturnsNullAndEmptyPage()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync("no-such-client")));
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("REG-MISSING"))));
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByContactEmailAsync(UniqueKeys.Email("nobody@example.com"))));
        Assert.Empty(await host.ReadAsync(work => work.Clients.ListAsync(0, 10)));
    }

    /// <summary>Clients list a page at a time, ordered by id (ordinal), ending with an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task ClientList_WhenPaged_ReturnsPagesOrderedById()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var clients = new List<Client>();
        for (var i = 0; i < 5; i++)
        {
            var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 20 + i, host.Time.GetUtcNow());
            clients.Add(client);
            await host.CommitAsync(work => work.Clients.Add(client));
        }

        var expected = clients.OrderBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var first = await host.ReadAsync(work => work.Clients.ListAsync(0, 2));
        var second = await host.ReadAsync(work => work.Clients.ListAsync(2, 2));
        var third = await host.ReadAsync(work => work.Clients.ListAsync(4, 2));
        var beyond = await host.ReadAsync(work => work.Clients.ListAsync(5, 2));

        Assert.Equal(expected[..2], first);
        Assert.Equal(expected[2..4], second);
        Assert.Equal(expected[4..], third);
        Assert.Empty(beyond);
    }
}
