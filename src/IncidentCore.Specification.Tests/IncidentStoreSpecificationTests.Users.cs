using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A committed user reads back by id with every field, including its client and vendor links.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserAdd_WhenCommitted_ReadsBackEveryField()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);
        await host.CommitAsync(work => work.Clients.Add(client));
        await host.CommitAsync(work => work.Vendors.Add(vendor));
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, now, client.ClientId, vendor.VendorId);

        var result = await host.CommitAsync(work => work.Users.Add(user));
        var stored = await host.ReadAsync(work => work.Users.FindByIdAsync(user.UserId));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.NotNull(stored);
        Assert.Equal(user, stored);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(TimeSpan.Zero, stored.UpdatedAt.Offset);
    }

    /// <summary>Every role and status, time zone abbreviations, and absent optional fields survive the round trip.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserAdd_WhenEveryRoleAndStatus_ReadsBackEachValue()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var roles = Enum.GetValues<UserRole>();
        var statuses = Enum.GetValues<UserStatus>();
        string[] timezones = ["UTC", "CET", "Europe/Prague", "PST"];
        var users = new List<User>();
        for (var i = 0; i < roles.Length; i++)
        {
            users.Add(SpecificationRecords.User(host.Ids.NewId(EntityType.User), 10 + i, host.Time.GetUtcNow()) with
            {
                Role = roles[i],
                Status = statuses[i % statuses.Length],
                Timezone = timezones[i % timezones.Length],
                Department = i % 2 == 0 ? null : "Engineering",
            });
        }

        var result = await host.CommitAsync(work => users.ForEach(work.Users.Add));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        foreach (var user in users)
        {
            Assert.Equal(user, await host.ReadAsync(work => work.Users.FindByIdAsync(user.UserId)));
        }
    }

    /// <summary>Users are found by the email key UniqueKeys makes, regardless of case and surrounding spaces.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserFind_WhenLookedUpByNormalisedEmail_ReturnsTheUser()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 2, host.Time.GetUtcNow());
        await host.CommitAsync(work => work.Users.Add(user));

        var byEmail = await host.ReadAsync(work => work.Users.FindByEmailAsync(UniqueKeys.Email($"  {user.Email.ToUpperInvariant()} ")));

        Assert.Equal(user, byEmail);
    }

    /// <summary>Unknown ids and emails find no user, and an empty store lists an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserFind_WhenNoSuchUser_ReturnsNullAndEmptyPage()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        Assert.Null(await host.ReadAsync(work => work.Users.FindByIdAsync("no-such-user")));
        Assert.Null(await host.ReadAsync(work => work.Users.FindByEmailAsync(UniqueKeys.Email("nobody@example.com"))));
        Assert.Empty(await host.ReadAsync(work => work.Users.ListAsync(0, 10)));
    }

    /// <summary>Users list a page at a time, ordered by id (ordinal), ending with an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UserList_WhenPaged_ReturnsPagesOrderedById()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var users = new List<User>();
        for (var i = 0; i < 5; i++)
        {
            var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 20 + i, host.Time.GetUtcNow());
            users.Add(user);
            await host.CommitAsync(work => work.Users.Add(user));
        }

        var expected = users.OrderBy(u => u.UserId, StringComparer.Ordinal).ToList();
        var first = await host.ReadAsync(work => work.Users.ListAsync(0, 3));
        var second = await host.ReadAsync(work => work.Users.ListAsync(3, 3));
        var beyond = await host.ReadAsync(work => work.Users.ListAsync(5, 3));

        Assert.Equal(expected[..3], first);
        Assert.Equal(expected[3..], second);
        Assert.Empty(beyond);
    }
}
