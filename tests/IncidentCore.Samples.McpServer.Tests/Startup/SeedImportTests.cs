using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Tests.Support;
using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.McpServer.Tests.Startup;

/// <summary>The seed file goes in through the library's registry import: validated, audited by the import actor, all or nothing, once.</summary>
public sealed class SeedImportTests
{
    /// <summary>The source system's kind of bad data: a comma where a dot belongs in a vendor's email domain.</summary>
    private const string BadVendorEmail = "support@cloudco,example";

    private static readonly string BadSeed = SeedData.Json.Replace("support@cloudco.example", BadVendorEmail, StringComparison.Ordinal);

    [Fact]
    public async Task Start_WhenSeedVendorEmailHasCommaInDomain_ExpectExitTwoNamingRecordAndFieldAndNothingStored()
    {
        using var database = new TemporaryDatabase();
        var seed = Path.Combine(database.Folder, "bad-seed.json");
        await File.WriteAllTextAsync(seed, BadSeed);

        var (databaseExit, databaseError) = await ServerProcess.RunAsync("--actor-user-id", SeedData.Administrator, "--seed", seed, "--db", database.Path);
        var (memoryExit, memoryError) = await ServerProcess.RunAsync("--actor-user-id", SeedData.Administrator, "--seed", seed);

        Assert.Equal(2, databaseExit);
        Assert.Contains($"vendor {SeedData.CloudCo}: contact_email invalid", databaseError, StringComparison.Ordinal);
        Assert.DoesNotContain(BadVendorEmail, databaseError, StringComparison.Ordinal);
        Assert.Equal(2, memoryExit);
        Assert.Contains($"vendor {SeedData.CloudCo}: contact_email invalid", memoryError, StringComparison.Ordinal);
        Assert.Equal(0, await CountRowsAsync(database.Path, "clients", "vendors", "users", "audit_entries"));
    }

    [Fact]
    public async Task Start_WhenValidSeedIsLoadedIntoDatabaseTwice_ExpectOneImportAuditEntryPerRecordAndNothingNewTheSecondTime()
    {
        using var database = new TemporaryDatabase();
        IReadOnlyList<string> first;
        await using (var session = await database.StartAsync(SeedData.Administrator))
        {
            first = await ImportEntriesAsync(session);
        }

        await using var second = await database.StartAsync(SeedData.Administrator);
        var again = await ImportEntriesAsync(second);

        Assert.Equal(SeedData.RecordCount, first.Count);
        Assert.Equal(SeedData.RecordCount, first.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains($"vendor {SeedData.CloudCo} create {RegistryImport.Rule}", first);
        Assert.Contains($"user {SeedData.Administrator} create {RegistryImport.Rule}", first);
        Assert.Contains($"client {SeedData.Contoso} create {RegistryImport.Rule}", first);
        Assert.Equal(first, again);
        Assert.Equal("CloudCo", (await second.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.CloudCo}}"}""")).Text("vendor_name"));
    }

    /// <summary>The import's audit entries as "entity id action reason".</summary>
    private static async Task<IReadOnlyList<string>> ImportEntriesAsync(McpServerSession session) =>
        [.. (await session.AuditEntriesAsync())
            .Where(e => e.GetProperty("actor_user_id").GetString() == RegistryImport.ImportActorUserId)
            .Select(e => $"{e.GetProperty("entity_type").GetString()} {e.GetProperty("entity_id").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("reason").GetString()}")];

    /// <summary>Counts the rows of the tables; a database file the server never opened holds none.</summary>
    private static async Task<long> CountRowsAsync(string databasePath, params string[] tables)
    {
        if (!File.Exists(databasePath))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        long total = 0;
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            total += (long)(await command.ExecuteScalarAsync())!;
        }

        return total;
    }
}
