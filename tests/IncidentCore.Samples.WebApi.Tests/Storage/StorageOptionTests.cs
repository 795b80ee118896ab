using System.Net;
using IncidentCore.Ports;
using IncidentCore.Samples.Sqlite.Storage;
using IncidentCore.Samples.WebApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.WebApi.Tests.Storage;

/// <summary>
/// The <c>Storage</c> settings: in memory by default; <c>Storage:Provider=sqlite</c> with a connection string keeps
/// records in that SQLite database, seeded with the sample's administrator once; anything else stops the host.
/// </summary>
public sealed class StorageOptionTests : IDisposable
{
    private const string Johnson = """{"client_name":"Johnson LLC","registration_number":"REG-1001","contact_email":"contact@johnsonllc","client_type":"mid_market"}""";
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Sqlite_WhenConfigured_StoresTheOnboardedClientAndItsAuditEntryInTheDatabase()
    {
        using var factory = SqliteHost();
        using var admin = factory.ClientFor("1");

        var created = await admin.PostJsonAsync("/clients", Johnson);
        var clientId = (await created.ReadJsonAsync()).GetProperty("client_id").GetString()!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.IsType<SqliteIncidentStore>(factory.Services.GetRequiredService<IUnitOfWorkFactory>());
        Assert.Equal("Johnson LLC", await _database.ScalarAsync("SELECT client_name FROM clients WHERE client_id = @id", ("@id", clientId)));
        Assert.Equal("REG-1001", await _database.ScalarAsync("SELECT registration_number_key FROM clients WHERE client_id = @id", ("@id", clientId)));
        Assert.Equal(1L, await _database.ScalarAsync(
            "SELECT COUNT(*) FROM audit_entries WHERE entity_id = @id AND action = 'create' AND actor_user_id = '1' AND outcome = 'succeeded'", ("@id", clientId)));
    }

    [Fact]
    public async Task Sqlite_WhenTheHostStartsAgainOnTheSameDatabase_ServesWhatTheFirstHostStored()
    {
        string clientId;
        using (var first = SqliteHost())
        {
            using var admin = first.ClientFor("1");
            clientId = (await (await admin.PostJsonAsync("/clients", Johnson)).ReadJsonAsync()).GetProperty("client_id").GetString()!;
        }

        using var second = SqliteHost();
        using var again = second.ClientFor("1");
        var read = await again.GetAsync($"/clients/{clientId}");
        var duplicate = await again.PostJsonAsync("/clients", Johnson.Replace("contact@johnsonllc", "other@johnsonllc", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Johnson LLC", (await read.ReadJsonAsync()).GetProperty("client_name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(1L, await _database.ScalarAsync("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public void Memory_WhenNothingIsConfigured_IsTheStore()
    {
        using var factory = new ConfiguredWebApiFactory(new Dictionary<string, string?>());

        var store = factory.Services.GetRequiredService<IUnitOfWorkFactory>();

        Assert.Equal("InMemoryStore", store.GetType().Name);
    }

    [Theory]
    [InlineData("oracle", "Data Source=x.db", "must be 'memory' or 'sqlite'")]
    [InlineData("sqlite", null, "ConnectionString is not set")]
    public void Provider_WhenUnknownOrWithoutConnectionString_StopsTheHost(string provider, string? connectionString, string expected)
    {
        using var factory = new ConfiguredWebApiFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        });

        var thrown = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains(expected, thrown.GetBaseException().Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private ConfiguredWebApiFactory SqliteHost() => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:ConnectionString"] = _database.ConnectionString,
        ["RateLimiting:Enabled"] = "false",
    });
}
