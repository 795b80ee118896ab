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

    [Fact]
    public async Task ReportAndEscalateIncident_WhenServerUsesDatabase_ExpectIncidentWithItsHistoryAndEscalationAfterRestart()
    {
        using var database = new TemporaryDatabase();
        string incidentId;
        await using (var first = await database.StartAsync(SeedData.IncidentManager, SeedData.IncidentJson))
        {
            var reported = await first.CallAsync("report_incident",
                $$"""{"title":"Ledger down","category":"outage","severity":"P1","impact_level":"critical","urgency_level":"high","client_id":"{{SeedData.Contoso}}","component_id":"{{SeedData.LedgerQueue}}","detection_timestamp":"2025-09-25T10:00:00Z"}""");
            Assert.False(reported.IsError, reported.Body.GetRawText());
            incidentId = reported.Text("incident_id");
            var moved = await first.CallAsync("update_incident", $$$"""{"incident_id":"{{{incidentId}}}","change_set":{"status":"investigating"}}""");
            var escalated = await first.CallAsync("create_escalation", $$"""{"incident_id":"{{incidentId}}","escalated_to_user":"{{SeedData.GlobexContact}}","escalation_level":"vendor"}""");
            Assert.False(moved.IsError, moved.Body.GetRawText());
            Assert.False(escalated.IsError, escalated.Body.GetRawText());
        }

        await using var second = await database.StartAsync(SeedData.GlobexContact, SeedData.IncidentJson);
        var read = await second.CallAsync("get_incident", $$"""{"incident_id":"{{incidentId}}"}""");

        Assert.Equal("investigating", read.Body.GetProperty("incident").GetProperty("status").GetString());
        Assert.Equal(SeedData.IncidentManager, read.Body.GetProperty("incident").GetProperty("reporter_user_id").GetString());
        Assert.Single(read.Body.GetProperty("history").EnumerateArray());
        Assert.Equal("vendor", Assert.Single(read.Body.GetProperty("escalations").EnumerateArray()).GetProperty("escalation_level").GetString());
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
