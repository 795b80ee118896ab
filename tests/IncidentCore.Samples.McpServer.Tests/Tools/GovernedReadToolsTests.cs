using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

/// <summary>find_client, find_user and find_vendor go through the library's governed reads: association rules hold, a refusal never reveals existence, nothing is audited.</summary>
public sealed class GovernedReadToolsTests
{
    [Fact]
    public async Task FindClientAndUser_WhenClientContactAsksForOthers_ExpectRefusalsIdenticalToThoseForNothing()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.NorthwindContact);

        var otherClient = await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Contoso}}"}""");
        var noClient = await session.CallAsync("find_client", """{"client_id":"999"}""");
        var outsider = await session.CallAsync("find_user", """{"email":"SAM@example.com"}""");
        var nobody = await session.CallAsync("find_user", """{"email":"nobody.at.all@example.com"}""");
        var ownClient = await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Northwind}}"}""");
        var colleague = await session.CallAsync("find_user", """{"email":"maria@example.com"}""");

        Assert.Equal("unauthorized", otherClient.HaltCode);
        Assert.Equal("not_assigned_to_client", otherClient.DenialReason);
        Assert.Equal(otherClient.Body.GetRawText(), noClient.Body.GetRawText());
        Assert.Equal("unauthorized", outsider.HaltCode);
        Assert.Equal(outsider.Body.GetRawText(), nobody.Body.GetRawText());
        Assert.Equal("Northwind", ownClient.Text("client_name"));
        Assert.Equal(SeedData.AccountManager, colleague.Text("user_id"));
    }

    [Fact]
    public async Task FindVendor_WhenVendorContactAsksForAnotherVendor_ExpectRefusalIdenticalToThatForNoVendor()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.CloudCoContact);

        var other = await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.Globex}}"}""");
        var none = await session.CallAsync("find_vendor", """{"vendor_id":"999"}""");
        var own = await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.CloudCo}}"}""");

        Assert.Equal("unauthorized", other.HaltCode);
        Assert.Equal("not_assigned_to_vendor", other.DenialReason);
        Assert.Equal(other.Body.GetRawText(), none.Body.GetRawText());
        Assert.Equal("CloudCo", own.Text("vendor_name"));
    }

    [Fact]
    public async Task Finds_WhenTechnicalSupportReadsEveryKind_ExpectRecordsAndNotFoundForNothing()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.TechnicalSupport);

        var client = await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Contoso}}"}""");
        var vendor = await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.Globex}}"}""");
        var user = await session.CallAsync("find_user", """{"email":"Nora@Northwind.example"}""");
        var missing = await session.CallAsync("find_user", """{"user_id":"999"}""");

        Assert.Equal("Contoso", client.Text("client_name"));
        Assert.Equal("Globex", vendor.Text("vendor_name"));
        Assert.Equal(SeedData.NorthwindContact, user.Text("user_id"));
        Assert.Equal("not_found", missing.HaltCode);
        Assert.Contains(("user_id", "not_found"), missing.FieldErrors);
    }

    [Fact]
    public async Task Finds_WhenAdministratorReadsRecordsAndMisses_ExpectNoAuditEntry()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);
        var before = (await session.AuditEntriesAsync()).Count;

        ToolOutcome[] outcomes =
        [
            await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Northwind}}"}"""),
            await session.CallAsync("find_user", """{"email":"eve@example.com"}"""),
            await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.CloudCo}}"}"""),
            await session.CallAsync("find_vendor", """{"vendor_id":"999"}"""),
        ];

        Assert.Equal([false, false, false, true], outcomes.Select(o => o.IsError));
        Assert.Equal(before, (await session.AuditEntriesAsync()).Count);
    }
}
