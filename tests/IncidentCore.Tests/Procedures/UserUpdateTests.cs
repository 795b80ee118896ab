using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class UserUpdateTests
{
    [Fact]
    public async Task Update_WithRoleAndStatus_AppliesThemAndSetsUpdatedAt()
    {
        await using var host = TestHost.Create();
        host.Time.Advance(TimeSpan.FromMinutes(5));

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.TechnicalSupport, new ChangeSet
        {
            { "role", "incident_manager" },
            { "status", "on_leave" },
            { "timezone", "pst" },
            { "client_id", Seed.ClientB },
        }));

        Assert.Equal(UserRole.IncidentManager, updated.Role);
        Assert.Equal(UserStatus.OnLeave, updated.Status);
        Assert.Equal("PST", updated.Timezone);
        Assert.Equal(Seed.ClientB, updated.ClientId);
        Assert.Equal(Seed.PolicyNow.AddMinutes(5), updated.UpdatedAt);
        Assert.Equal(Seed.Earlier, updated.CreatedAt);
        Assert.Equal(updated, await host.UserAsync(Seed.TechnicalSupport));
    }

    [Fact]
    public async Task Update_WhenUserDoesNotExist_HaltsNotFound()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, "u-missing", new ChangeSet { { "status", "inactive" } }), HaltCode.NotFound, "user_id");
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("Incident_Manager")]
    [InlineData(null)]
    public async Task Update_WhenNewRoleIsNotInTheEnumeration_HaltsValidationFailed(string? role)
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { "role", role } }), HaltCode.ValidationFailed, "role");

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Update_WhenEmailBelongsToAnotherUser_HaltsDuplicate()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { "email", "U-IM@staff.example" } }), HaltCode.Duplicate, "email");
    }

    [Fact]
    public async Task Update_WhenUserKeepsOwnEmailInAnotherCase_Succeeds()
    {
        await using var host = TestHost.Create();

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { "email", "U-TS@Staff.Example" } }));

        Assert.Equal("U-TS@Staff.Example", updated.Email);
    }

    [Theory]
    [InlineData("client_id", "c-missing")]
    [InlineData("vendor_id", "v-missing")]
    public async Task Update_WhenAssociationDoesNotExist_HaltsNotFoundNamingIt(string field, string value)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { field, value } }), HaltCode.NotFound, field);
    }

    [Fact]
    public async Task Update_WhenAssociationIsCleared_RemovesIt()
    {
        await using var host = TestHost.Create();

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.AccountManagerOfA, new ChangeSet { { "client_id", null } }));

        Assert.Null(updated.ClientId);
    }

    [Theory]
    [InlineData("user_id", "not_editable")]
    [InlineData("created_at", "not_editable")]
    [InlineData("password", "unknown_field")]
    public async Task Update_WhenChangeSetNamesAFieldThatCannotBeSet_HaltsValidationFailedNamingIt(string field, string code)
    {
        await using var host = TestHost.Create();

        var halt = ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { field, "x" } }), HaltCode.ValidationFailed, field);

        Assert.Equal(code, halt.Errors.Single().Code);
    }

    [Fact]
    public async Task Update_WhenChangeSetIsEmpty_HaltsValidationFailed()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet()), HaltCode.ValidationFailed, "change_set");
    }

    [Fact]
    public async Task Update_WhenUserIsUnauthorized_HaltsUnauthorized()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Executive, Seed.TechnicalSupport, new ChangeSet { { "status", "inactive" } }), HaltCode.Unauthorized);
    }

    [Fact]
    public async Task Update_WhenUserIsDeactivated_TheyCanNoLongerAct()
    {
        await using var host = TestHost.Create();
        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.IncidentManager, new ChangeSet { { "status", "inactive" } }));

        var halt = ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewVendor()), HaltCode.Unauthorized);

        Assert.Equal(IncidentCore.Policy.DenialReason.ActorNotActive, halt.DenialReason);
    }
}
