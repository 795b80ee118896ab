using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Policy;

/// <summary>
/// With <c>OnlySystemAdministratorsManageSystemAdministrators</c> on, a non-administrator may neither create a system
/// administrator nor change any field of one's record; by default the policy's roles decide alone.
/// </summary>
public sealed class AdministratorProtectionTests
{
    [Fact]
    public async Task UserRegistration_WhenProtected_IncidentManagerCreatingAnAdministratorIsDenied()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewUser() with { Role = "system_administrator" }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.SystemAdministratorRoleProtected, halt.DenialReason);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
        var entry = Assert.Single(await host.AuditAsync());
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal("system_administrator_role_protected", entry.Reason);
    }

    [Fact]
    public async Task UserRegistration_WhenProtected_AdministratorMayCreateAnAdministratorAndOthersOtherRoles()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);

        ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser("1") with { Role = "system_administrator" }));
        ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewUser("2") with { Role = "executive" }));
    }

    [Fact]
    public async Task UserRegistration_ByDefault_IncidentManagerMayCreateAnAdministrator()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewUser() with { Role = "system_administrator" }));
    }

    [Theory]
    [InlineData("status", "inactive")]
    [InlineData("email", "takeover@example.com")]
    [InlineData("name", "Someone Else")]
    [InlineData("department", "Nowhere")]
    [InlineData("timezone", "PST")]
    public async Task UserUpdate_WhenProtected_IncidentManagerChangingAnyFieldOfAnAdministratorIsDenied(string field, string value)
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.Admin, new ChangeSet { { field, value } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.SystemAdministratorRoleProtected, halt.DenialReason);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task UserUpdate_WhenProtected_AdministratorMayChangeAnotherAdministrator()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.AdminOnLeave, new ChangeSet { { "status", "inactive" } }));

        Assert.Equal(UserStatus.Inactive, updated.Status);
    }

    [Fact]
    public async Task UserUpdate_ByDefault_IncidentManagerMayDeactivateAnAdministrator()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.Admin, new ChangeSet { { "status", "inactive" } }));
    }
}
