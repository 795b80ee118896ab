using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ClientToolsTests
{
    [Fact]
    public async Task CreateClient_WhenAdministratorOnboardsClient_ExpectIdAndRecordReadable()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var created = await session.CallAsync("create_client",
            """{"client_name":"Johnson LLC","registration_number":"REG-1001","contact_email":"contact@johnsonllc","client_type":"mid_market","country":"Czech Republic"}""");

        Assert.False(created.IsError);
        var clientId = created.Text("client_id");
        var read = await session.CallAsync("find_client", $$"""{"client_id":"{{clientId}}"}""");
        Assert.Equal("REG-1001", read.Text("registration_number"));
        Assert.Equal("mid_market", read.Text("client_type"));
        Assert.Equal("active", read.Text("status"));
    }

    [Fact]
    public async Task UpdateClient_WhenAssignedAccountManagerActs_ExpectUpdatedRecordAndOtherClientRefused()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.AccountManager);

        var updated = await session.CallAsync("update_client", $$$"""{"client_id":"{{{SeedData.Northwind}}}","change_set":{"status":"suspended","industry":"Logistics"}}""");
        var refused = await session.CallAsync("update_client", $$$"""{"client_id":"{{{SeedData.Contoso}}}","change_set":{"status":"suspended"}}""");

        Assert.False(updated.IsError);
        Assert.Equal("suspended", updated.Text("status"));
        Assert.Equal("Logistics", updated.Text("industry"));
        Assert.Equal("unauthorized", refused.HaltCode);
        Assert.Equal("not_assigned_to_client", refused.DenialReason);
        Assert.Equal("not_assigned_to_client", (await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Contoso}}"}""")).DenialReason);
    }

    [Fact]
    public async Task CreateClient_WhenRegistrationNumberIsTaken_ExpectDuplicateHaltNamingTheField()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var outcome = await session.CallAsync("create_client",
            """{"client_name":"Northwind Again","registration_number":" reg-nw ","contact_email":"new@northwind.example","client_type":"enterprise"}""");

        Assert.True(outcome.IsError);
        Assert.Equal("duplicate", outcome.HaltCode);
        Assert.Equal([("registration_number", "duplicate")], outcome.FieldErrors);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Text("message")));
    }

    [Fact]
    public async Task FindClient_WhenNoClientMatches_ExpectNotFoundHalt()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.TechnicalSupport);

        var outcome = await session.CallAsync("find_client", """{"client_id":"999"}""");

        Assert.Equal("not_found", outcome.HaltCode);
    }
}
