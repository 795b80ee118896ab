using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

public sealed class ApprovalStorageTests
{
    [Fact]
    public async Task ListTools_WhenServerUsesDatabase_ExpectChangeAndRollbackToolsOfferedExactlyWhenTheSqliteStoreHoldsThem()
    {
        using var database = new TemporaryDatabase();
        await using var session = await database.StartAsync(SeedData.TechnicalSupport, SeedData.IncidentJson);

        var names = (await session.Client.ListToolsAsync()).Select(t => t.ProtocolTool.Name).ToHashSet(StringComparer.Ordinal);
        var submitted = await session.CallAsync("submit_change_request", """{"title":"Patch","change_type":"standard","risk_level":"low"}""");

        Assert.Contains("report_incident", names);
        Assert.All(ApprovalStorage.ToolNames, name => Assert.Equal(ApprovalStorage.SqliteHoldsApprovals, names.Contains(name)));
        if (ApprovalStorage.SqliteHoldsApprovals)
        {
            Assert.False(submitted.IsError, submitted.Body.GetRawText());
        }
        else
        {
            Assert.Equal([("name", "unknown_tool")], submitted.FieldErrors);
        }
    }

    [Fact]
    public async Task ListTools_WhenServerUsesTheInMemoryStore_ExpectEveryChangeAndRollbackTool()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.TechnicalSupport);

        var names = (await session.Client.ListToolsAsync()).Select(t => t.ProtocolTool.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(ApprovalStorage.ToolNames, name => Assert.Contains(name, names));
    }
}
