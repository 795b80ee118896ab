using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class ClientOnboardingTests
{
    [Fact]
    public async Task Onboard_WithRequiredInputsOnly_CreatesActiveClientAndReturnsItsId()
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = "  Contact@JohnsonLLC " }));

        var client = await host.ClientAsync(id);
        Assert.NotNull(client);
        Assert.Equal("Johnson LLC 1", client.ClientName);
        Assert.Equal("NEW-1", client.RegistrationNumber);
        Assert.Equal("Contact@JohnsonLLC", client.ContactEmail);
        Assert.Equal(ClientType.MidMarket, client.ClientType);
        Assert.Equal(ClientStatus.Active, client.Status);
        Assert.Null(client.Country);
        Assert.Null(client.Industry);
        Assert.Equal(Seed.PolicyNow, client.CreatedAt);
        Assert.Equal(Seed.PolicyNow, client.UpdatedAt);
        Assert.Equal(1, client.Version);
    }

    [Fact]
    public async Task Onboard_WithOptionalInputs_StoresThem()
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.AccountManagerOfA,
            Requests.NewClient() with { Country = " Czech Republic ", Industry = "Retail", Status = "suspended", ClientType = "startup" }));

        var client = (await host.ClientAsync(id))!;
        Assert.Equal("Czech Republic", client.Country);
        Assert.Equal("Retail", client.Industry);
        Assert.Equal(ClientStatus.Suspended, client.Status);
        Assert.Equal(ClientType.Startup, client.ClientType);
    }

    [Theory]
    [InlineData("client_name")]
    [InlineData("registration_number")]
    [InlineData("contact_email")]
    [InlineData("client_type")]
    public async Task Onboard_WhenARequiredInputIsMissing_HaltsValidationFailedNamingIt(string field)
    {
        await using var host = TestHost.Create();
        var request = field switch
        {
            "client_name" => Requests.NewClient() with { ClientName = null },
            "registration_number" => Requests.NewClient() with { RegistrationNumber = "   " },
            "contact_email" => Requests.NewClient() with { ContactEmail = "" },
            _ => Requests.NewClient() with { ClientType = null },
        };
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, request), HaltCode.ValidationFailed, field);

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Onboard_WhenEveryInputIsWrong_ReportsEveryFieldInOnePass()
    {
        await using var host = TestHost.Create();

        var halt = ResultAssert.Halted(
            await host.ClientOnboarding.OnboardAsync(Seed.Admin, new ClientOnboardingRequest { ContactEmail = "not-an-email", ClientType = "Enterprise", Status = "closed", Country = "" }),
            HaltCode.ValidationFailed,
            "client_name", "registration_number", "contact_email", "client_type", "status", "country");

        Assert.Contains(halt.Errors, e => e.Field == "client_type" && e.Message.Contains("enterprise, mid_market, small_business, startup", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("contact@johnsonllc")]
    [InlineData("first.last+tag@sub.example.co")]
    public async Task Onboard_WhenEmailHasNoDotInDomainOrIsOrdinary_Accepts(string email)
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = email }));
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("two@@example.com")]
    [InlineData("spaces in@example.com")]
    [InlineData("trailing-dot.@example.com")]
    [InlineData("name@-bad-.example")]
    [InlineData("name@example..com")]
    public async Task Onboard_WhenEmailIsMalformed_HaltsValidationFailed(string email)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = email }), HaltCode.ValidationFailed, "contact_email");
    }

    [Fact]
    public async Task Onboard_WhenRegistrationNumberDiffersOnlyInCaseAndSpaces_HaltsDuplicate()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { RegistrationNumber = "  reg-a " }),
            HaltCode.Duplicate, "registration_number");

        Assert.Equal("duplicate", halt.CodeName);
        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Onboard_WhenContactEmailDiffersOnlyInCase_HaltsDuplicate()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = "CONTACT@Client-A" }),
            HaltCode.Duplicate, "contact_email");
    }

    [Fact]
    public async Task Onboard_WhenBothUniqueInputsAreTaken_ReportsBoth()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { RegistrationNumber = "REG-B", ContactEmail = "contact@client-a" }),
            HaltCode.Duplicate, "registration_number", "contact_email");
    }

    [Fact]
    public async Task Onboard_WhenUserIsUnauthorized_HaltsAndCreatesNothing()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.IncidentManager, Requests.NewClient()), HaltCode.Unauthorized);

        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }

    [Fact]
    public async Task Onboard_WhenCalledWithNullRequest_ThrowsArgumentNullException()
    {
        await using var host = TestHost.Create();

        await Assert.ThrowsAsync<ArgumentNullException>(async () => await host.ClientOnboarding.OnboardAsync(Seed.Admin, null!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("u admin")]
    [InlineData("u-admin\r\nforged")]
    public async Task Onboard_WhenActorIdIsMalformed_HaltsValidationFailedNamingActorUserId(string? actor)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(actor!, Requests.NewClient()), HaltCode.ValidationFailed, "actor_user_id");
    }
}
