using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class ClientUpdateTests
{
    [Fact]
    public async Task Update_WithValidChanges_AppliesThemAndSetsUpdatedAt()
    {
        await using var host = TestHost.Create();
        var before = (await host.ClientAsync(Seed.ClientA))!;
        host.Time.Advance(TimeSpan.FromHours(1));

        var updated = ResultAssert.Succeeded(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet
        {
            { "client_name", "Client A Renamed" },
            { "client_type", "small_business" },
            { "status", "inactive" },
            { "country", null },
        }));

        Assert.Equal("Client A Renamed", updated.ClientName);
        Assert.Equal(ClientType.SmallBusiness, updated.ClientType);
        Assert.Equal(ClientStatus.Inactive, updated.Status);
        Assert.Null(updated.Country);
        Assert.Equal(before.Industry, updated.Industry);
        Assert.Equal(before.CreatedAt, updated.CreatedAt);
        Assert.Equal(Seed.PolicyNow.AddHours(1), updated.UpdatedAt);
        Assert.Equal(before.Version + 1, updated.Version);
        Assert.Equal(updated, await host.ClientAsync(Seed.ClientA));
    }

    [Fact]
    public async Task Update_WhenClientDoesNotExist_HaltsNotFound()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, "c-missing", new ChangeSet { { "status", "inactive" } }), HaltCode.NotFound, "client_id");

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Update_WhenRegistrationNumberBelongsToAnotherClient_HaltsDuplicate()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "registration_number", "reg-b" } }),
            HaltCode.Duplicate, "registration_number");
    }

    [Fact]
    public async Task Update_WhenContactEmailBelongsToAnotherClient_HaltsDuplicate()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "contact_email", "Contact@Client-B.example" } }),
            HaltCode.Duplicate, "contact_email");
    }

    [Fact]
    public async Task Update_WhenClientKeepsItsOwnUniqueValuesInAnotherSpelling_Succeeds()
    {
        await using var host = TestHost.Create();

        var updated = ResultAssert.Succeeded(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet
        {
            { "registration_number", " reg-a " },
            { "contact_email", "CONTACT@client-a" },
        }));

        Assert.Equal("reg-a", updated.RegistrationNumber);
    }

    [Fact]
    public async Task Update_WhenUniqueValueChanges_FreesTheOldValueForOthers()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "registration_number", "REG-A2" } }));

        ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { RegistrationNumber = "REG-A" }));
    }

    [Fact]
    public async Task Update_WhenChangeSetIsEmpty_HaltsValidationFailedNamingChangeSet()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet()), HaltCode.ValidationFailed, "change_set");
    }

    [Theory]
    [InlineData("client_id", "not_editable")]
    [InlineData("created_at", "not_editable")]
    [InlineData("updated_at", "not_editable")]
    [InlineData("role", "unknown_field")]
    [InlineData("Status", "unknown_field")]
    [InlineData("website", "unknown_field")]
    public async Task Update_WhenChangeSetNamesAFieldThatCannotBeSet_HaltsValidationFailedNamingIt(string field, string expectedCode)
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { field, "x" }, { "industry", "Energy" } }),
            HaltCode.ValidationFailed, field);

        Assert.Equal(expectedCode, halt.Errors.Single().Code);
        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Theory]
    [InlineData("client_type", "government")]
    [InlineData("client_type", "Enterprise")]
    [InlineData("status", "closed")]
    [InlineData("client_name", null)]
    [InlineData("contact_email", "nope")]
    [InlineData("registration_number", "")]
    public async Task Update_WhenAValueIsInvalid_HaltsValidationFailedNamingIt(string field, string? value)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { field, value } }), HaltCode.ValidationFailed, field);
    }

    [Fact]
    public async Task Update_WhenClientIdIsMissing_HaltsValidationFailedNamingIt()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientUpdate.UpdateAsync(Seed.Admin, null!, new ChangeSet { { "status", "active" } }), HaltCode.ValidationFailed, "client_id");
    }
}
