using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A committed vendor reads back by id with every field, its phone in <c>+digits</c> form.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorAdd_WhenCommitted_ReadsBackEveryField()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, host.Time.GetUtcNow());

        var result = await host.CommitAsync(work => work.Vendors.Add(vendor));
        var stored = await host.ReadAsync(work => work.Vendors.FindByIdAsync(vendor.VendorId));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        Assert.NotNull(stored);
        Assert.Equal(vendor, stored);
        Assert.Matches("^\\+[0-9]+$", stored.ContactPhone);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(TimeSpan.Zero, stored.UpdatedAt.Offset);
    }

    /// <summary>Every vendor type and status survives the round trip.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorAdd_WhenEveryTypeAndStatus_ReadsBackEachValue()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var types = Enum.GetValues<VendorType>();
        var statuses = Enum.GetValues<VendorStatus>();
        var vendors = new List<Vendor>();
        for (var i = 0; i < types.Length; i++)
        {
            vendors.Add(SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 10 + i, host.Time.GetUtcNow()) with
            {
                VendorType = types[i],
                Status = statuses[i % statuses.Length],
            });
        }

        var result = await host.CommitAsync(work => vendors.ForEach(work.Vendors.Add));

        Assert.True(result.IsCommitted, $"The commit ended with {result.Status}.");
        foreach (var vendor in vendors)
        {
            Assert.Equal(vendor, await host.ReadAsync(work => work.Vendors.FindByIdAsync(vendor.VendorId)));
        }
    }

    /// <summary>Vendors are found by the keys UniqueKeys makes: name and email regardless of case and spaces, phone as typed with separators.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorFind_WhenLookedUpByNormalisedKeys_ReturnsTheVendor()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 2, host.Time.GetUtcNow());
        await host.CommitAsync(work => work.Vendors.Add(vendor));
        var typedPhone = $"{vendor.ContactPhone[..2]} ({vendor.ContactPhone[2..5]}) {vendor.ContactPhone[5..8]}-{vendor.ContactPhone[8..]}";

        var byName = await host.ReadAsync(work => work.Vendors.FindByNameAsync(UniqueKeys.VendorName($" {vendor.VendorName.ToLowerInvariant()}  ")));
        var byEmail = await host.ReadAsync(work => work.Vendors.FindByContactEmailAsync(UniqueKeys.Email(vendor.ContactEmail.ToUpperInvariant())));
        var byPhone = await host.ReadAsync(work => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone(typedPhone)));

        Assert.Equal(vendor, byName);
        Assert.Equal(vendor, byEmail);
        Assert.Equal(vendor, byPhone);
    }

    /// <summary>Unknown ids and keys find no vendor, and an empty store lists an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorFind_WhenNoSuchVendor_ReturnsNullAndEmptyPage()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();

        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByIdAsync("no-such-vendor")));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByNameAsync(UniqueKeys.VendorName("No Such Vendor"))));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByContactEmailAsync(UniqueKeys.Email("nobody@example.com"))));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone("+10000000000"))));
        Assert.Empty(await host.ReadAsync(work => work.Vendors.ListAsync(0, 10)));
    }

    /// <summary>Vendors list a page at a time, ordered by id (ordinal), ending with an empty page.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task VendorList_WhenPaged_ReturnsPagesOrderedById()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var vendors = new List<Vendor>();
        for (var i = 0; i < 4; i++)
        {
            var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 20 + i, host.Time.GetUtcNow());
            vendors.Add(vendor);
            await host.CommitAsync(work => work.Vendors.Add(vendor));
        }

        var expected = vendors.OrderBy(v => v.VendorId, StringComparer.Ordinal).ToList();
        var first = await host.ReadAsync(work => work.Vendors.ListAsync(0, 3));
        var second = await host.ReadAsync(work => work.Vendors.ListAsync(3, 3));

        Assert.Equal(expected[..3], first);
        Assert.Equal(expected[3..], second);
    }
}
