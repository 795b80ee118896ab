using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Policy;

public sealed class HardeningOptionsTests
{
    [Fact]
    public async Task UserUpdate_ByDefault_IncidentManagerMayGrantSystemAdministrator()
    {
        await using var host = TestHost.Create();

        var updated = ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.TechnicalSupport, new ChangeSet { { "role", "system_administrator" } }));

        Assert.Equal(UserRole.SystemAdministrator, updated.Role);
    }

    [Fact]
    public async Task UserUpdate_WhenOnlyAdministratorsManageAdministrators_IncidentManagerGrantingIsDenied()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.TechnicalSupport, new ChangeSet { { "role", "system_administrator" } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.SystemAdministratorRoleProtected, halt.DenialReason);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task UserUpdate_WhenOnlyAdministratorsManageAdministrators_IncidentManagerRemovingIsDenied()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);

        var halt = ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.AdminOnLeave, new ChangeSet { { "role", "executive" } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.SystemAdministratorRoleProtected, halt.DenialReason);
    }

    [Fact]
    public async Task UserUpdate_WhenOnlyAdministratorsManageAdministrators_AdministratorMayGrantAndOthersMayChangeOtherRoles()
    {
        await using var host = TestHost.Create(o => o.OnlySystemAdministratorsManageSystemAdministrators = true);

        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.TechnicalSupport, new ChangeSet { { "role", "system_administrator" } }));
        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.IncidentManager, Seed.Executive, new ChangeSet { { "role", "account_manager" } }));
    }

    [Theory]
    [InlineData("role", "incident_manager")]
    [InlineData("status", "inactive")]
    public async Task UserUpdate_WhenSelfChangeIsForbidden_ChangingOwnRoleOrStatusIsDenied(string field, string value)
    {
        await using var host = TestHost.Create(o => o.ForbidSelfRoleOrStatusChange = true);

        var halt = ResultAssert.Halted(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.Admin, new ChangeSet { { field, value } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.OwnRoleOrStatusChange, halt.DenialReason);
    }

    [Fact]
    public async Task UserUpdate_WhenSelfChangeIsForbidden_OwnOtherDetailsMayStillChange()
    {
        await using var host = TestHost.Create(o => o.ForbidSelfRoleOrStatusChange = true);

        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.Admin, new ChangeSet { { "department", "IT" } }));
    }

    [Fact]
    public async Task UserUpdate_ByDefault_AdministratorMayChangeOwnStatus()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.UserUpdate.UpdateAsync(Seed.Admin, Seed.Admin, new ChangeSet { { "status", "on_leave" } }));
    }
}
