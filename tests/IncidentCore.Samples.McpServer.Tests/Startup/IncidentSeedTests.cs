using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

/// <summary>
/// The seed file's products, components and incidents are created through the library's procedures by the seed actor
/// the file names: validated, authorized, audited, with the ids the file gives them; a bad record stops the start-up.
/// </summary>
public sealed class IncidentSeedTests
{
    [Fact]
    public async Task Start_WhenSeedHoldsIncidentRecords_ExpectEachCreatedByTheSeedActorUnderItsOwnIdAndAudited()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);

        var entries = await SeedActorEntriesAsync(session);
        var incident = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.ContosoIncident}}"}""");
        var added = await session.CallAsync("add_product", """{"product_name":"Reports","product_type":"application"}""");

        Assert.Equal(
        [
            $"product {SeedData.PaymentsApi} create {SeedData.SeedActor} product_create.technical_support",
            $"product {SeedData.LedgerSuite} create {SeedData.SeedActor} product_create.technical_support",
            $"infrastructure_component {SeedData.PaymentsDatabase} create {SeedData.SeedActor} component_create.technical_support",
            $"infrastructure_component {SeedData.LedgerQueue} create {SeedData.SeedActor} component_create.technical_support",
            $"incident {SeedData.NorthwindIncident} create {SeedData.SeedActor} incident_report.technical_support",
            $"incident {SeedData.ContosoIncident} create {SeedData.SeedActor} incident_report.technical_support",
        ],
        entries);
        var record = incident.Body.GetProperty("incident");
        Assert.Equal("P2", record.GetProperty("severity").GetString());
        Assert.Equal(SeedData.SeedActor, record.GetProperty("reporter_user_id").GetString());
        Assert.Equal(SeedData.IncidentManager, record.GetProperty("assigned_to_user_id").GetString());
        Assert.False(added.IsError, added.Body.GetRawText());
        Assert.DoesNotContain(added.Text("product_id"), new[] { SeedData.PaymentsApi, SeedData.LedgerSuite });
    }

    [Fact]
    public async Task Start_WhenSeedIncidentNamesAMissingComponent_ExpectExitTwoNamingTheRecordFieldAndCode()
    {
        var (exit, error) = await RunAsync(SeedData.IncidentJson.Replace($"\"component_id\":\"{SeedData.LedgerQueue}\",\"component_name\"", "\"component_id\":\"c-other\",\"component_name\"", StringComparison.Ordinal));

        Assert.Equal(2, exit);
        Assert.Contains($"incident {SeedData.ContosoIncident}: not_found", error, StringComparison.Ordinal);
        Assert.Contains($"incident {SeedData.ContosoIncident}: component_id not_found", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Ledger postings delayed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenSeedActorMayNotCreateProducts_ExpectExitTwoWithTheDenialReason()
    {
        var (exit, error) = await RunAsync(SeedData.IncidentJson.Replace($"\"seed_actor_user_id\":\"{SeedData.SeedActor}\"", $"\"seed_actor_user_id\":\"{SeedData.AccountManager}\"", StringComparison.Ordinal));

        Assert.Equal(2, exit);
        Assert.Contains($"product {SeedData.PaymentsApi}: unauthorized (role_not_permitted)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"seed_actor_user_id\":\"3\",", "", "seed_actor_user_id is required")]
    [InlineData("\"product_id\":\"p-ledger\"", "\"product_id\":\"p ledger\"", "product #2: product_id is not a well-formed id")]
    [InlineData("\"incident_id\":\"inc-ct\"", "\"incident_id\":\"inc-nw\"", "incident inc-nw: incident_id is used twice")]
    [InlineData("\"incident_id\":\"inc-ct\",", "\"incident_id\":\"inc-ct\",\"status\":\"closed\",", "status")]
    public async Task Start_WhenSeedIncidentRecordsAreMalformed_ExpectExitTwoBeforeAnythingIsStored(string find, string replace, string message)
    {
        var seed = SeedData.IncidentJson.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(SeedData.IncidentJson, seed);

        var (exit, error) = await RunAsync(seed);

        Assert.Equal(2, exit);
        Assert.Contains("The seed file could not be read", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WhenIncidentSeedIsLoadedIntoDatabaseTwice_ExpectRecordsCreatedOnceAndNothingNewTheSecondTime()
    {
        using var database = new TemporaryDatabase();
        IReadOnlyList<string> first;
        await using (var session = await database.StartAsync(SeedData.Administrator, SeedData.IncidentJson))
        {
            first = await SeedActorEntriesAsync(session);
        }

        await using var second = await database.StartAsync(SeedData.Administrator, SeedData.IncidentJson);
        var again = await SeedActorEntriesAsync(second);
        var incident = await second.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.ContosoIncident}}"}""");

        Assert.Equal(6, first.Count);
        Assert.Contains($"incident {SeedData.ContosoIncident} create {SeedData.SeedActor} incident_report.technical_support", first);
        Assert.Equal(first, again);
        Assert.Equal(SeedData.LedgerQueue, incident.Body.GetProperty("incident").GetProperty("component_id").GetString());
    }

    /// <summary>The audit entries written by anyone but the import actor, as "entity id action actor reason" (the session must only have read).</summary>
    private static async Task<IReadOnlyList<string>> SeedActorEntriesAsync(McpServerSession session) =>
        [.. (await session.AuditEntriesAsync())
            .Where(e => e.GetProperty("actor_user_id").GetString() != RegistryImport.ImportActorUserId)
            .Select(e => $"{e.GetProperty("entity_type").GetString()} {e.GetProperty("entity_id").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("actor_user_id").GetString()} {e.GetProperty("reason").GetString()}")];

    private static async Task<(int ExitCode, string Error)> RunAsync(string seedJson)
    {
        var folder = Directory.CreateTempSubdirectory("incidentcore-mcp-seed-").FullName;
        try
        {
            var seed = Path.Combine(folder, "seed.json");
            await File.WriteAllTextAsync(seed, seedJson);
            return await ServerProcess.RunAsync("--actor-user-id", SeedData.Administrator, "--seed", seed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
