using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

public sealed class StorageTests
{
    [Fact]
    public async Task CreateClient_WhenServerUsesDatabase_ExpectClientStillThereAfterRestart()
    {
        var folder = Directory.CreateTempSubdirectory("incidentcore-mcp-db-").FullName;
        try
        {
            await CreateThenFindAfterRestartAsync(Path.Combine(folder, "incidents.db"), folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task CreateThenFindAfterRestartAsync(string database, string folder)
    {
        string clientId;
        await using (var first = await McpServerSession.StartAsync(SeedData.Administrator, database, Path.Combine(folder, "first")))
        {
            var created = await first.CallAsync("create_client", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""");
            Assert.False(created.IsError);
            clientId = created.Text("client_id");
        }

        await using var second = await McpServerSession.StartAsync(SeedData.Administrator, database, Path.Combine(folder, "second"));
        var found = await second.CallAsync("find_client", $$"""{"client_id":"{{clientId}}"}""");
        var seeded = await second.CallAsync("find_user", $$"""{"user_id":"{{SeedData.AccountManager}}"}""");

        Assert.Equal("REG-9", found.Text("registration_number"));
        Assert.Equal("account_manager", seeded.Text("role"));
        Assert.Single(await second.ToolAuditEntriesAsync());
    }
}
