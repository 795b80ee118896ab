using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class UserRegistrationTests
{
    [Fact]
    public async Task Register_WithRequiredInputsOnly_DefaultsTimezoneUtcAndStatusActive()
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.IncidentManager, Requests.NewUser()));

        var user = (await host.UserAsync(id))!;
        Assert.Equal("New Person 1", user.Name);
        Assert.Equal(UserRole.TechnicalSupport, user.Role);
        Assert.Equal("UTC", user.Timezone);
        Assert.Equal(UserStatus.Active, user.Status);
        Assert.Null(user.ClientId);
        Assert.Null(user.VendorId);
        Assert.Equal(Seed.PolicyNow, user.CreatedAt);
    }

    [Fact]
    public async Task Register_WithClientAndVendorAssociations_StoresThem()
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with
        {
            Role = "vendor_contact",
            ClientId = Seed.ClientA,
            VendorId = Seed.VendorA,
            Department = "Support",
            Status = "on_leave",
        }));

        var user = (await host.UserAsync(id))!;
        Assert.Equal(Seed.ClientA, user.ClientId);
        Assert.Equal(Seed.VendorA, user.VendorId);
        Assert.Equal("Support", user.Department);
        Assert.Equal(UserStatus.OnLeave, user.Status);
    }

    [Theory]
    [InlineData("UTC", "UTC")]
    [InlineData("gmt", "GMT")]
    [InlineData("CST", "CST")]
    [InlineData("EST", "EST")]
    [InlineData("CET", "CET")]
    [InlineData("PST", "PST")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("europe/prague", "Europe/Prague")]
    public async Task Register_WithAcceptedTimezone_StoresItsCanonicalSpelling(string timezone, string stored)
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { Timezone = timezone }));

        Assert.Equal(stored, (await host.UserAsync(id))!.Timezone);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData("UTC+2")]
    [InlineData("../../etc/passwd")]
    public async Task Register_WithUnknownTimezone_HaltsValidationFailed(string timezone)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { Timezone = timezone }), HaltCode.ValidationFailed, "timezone");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("email")]
    [InlineData("role")]
    public async Task Register_WhenARequiredInputIsMissing_HaltsValidationFailedNamingIt(string field)
    {
        await using var host = TestHost.Create();
        var request = field switch
        {
            "name" => Requests.NewUser() with { Name = null },
            "email" => Requests.NewUser() with { Email = " " },
            _ => Requests.NewUser() with { Role = null },
        };

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, request), HaltCode.ValidationFailed, field);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("System_Administrator")]
    [InlineData("system administrator")]
    [InlineData(" executive")]
    public async Task Register_WithRoleOutsideTheSeven_HaltsValidationFailed(string role)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { Role = role }), HaltCode.ValidationFailed, "role");
    }

    [Fact]
    public async Task Register_WhenEmailIsTakenInAnotherCase_HaltsDuplicate()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { Email = " U-ADMIN@staff.example " }), HaltCode.Duplicate, "email");

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Register_WhenClientDoesNotExist_HaltsNotFoundNamingClientId()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { ClientId = "c-missing" }), HaltCode.NotFound, "client_id");

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Register_WhenVendorDoesNotExist_HaltsNotFoundNamingVendorId()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.Admin, Requests.NewUser() with { VendorId = "v-missing" }), HaltCode.NotFound, "vendor_id");
    }

    [Fact]
    public async Task Register_WhenUserIsUnauthorized_HaltsAndCreatesNothing()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.UserRegistration.RegisterAsync(Seed.AccountManagerOfA, Requests.NewUser()), HaltCode.Unauthorized);

        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }
}
