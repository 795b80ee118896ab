using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures;
using IncidentCore.Samples.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncidentCore.Samples.Sqlite.Tests;

/// <summary>
/// A database written with the older keys (trimmed and upper-cased, emails lower-cased) gets the current keys when a
/// store opens it; when two records would then share a key, the store refuses to open it and changes nothing.
/// </summary>
public sealed class UniqueKeyRebuildTests : IDisposable
{
    private const string Timestamp = "2025-09-25T12:00:00.0000000Z";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Open_WhenTheKeysAreOld_RecomputesEveryKeyFromTheStoredValues()
    {
        var connectionString = await LegacyDatabaseAsync();
        var before = await RowsAsync(connectionString);

        using (var store = new SqliteIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        var after = await RowsAsync(connectionString);
        Assert.Equal(before.Count, after.Count);
        foreach (var (table, idColumn, keyColumn, valueColumn, compute) in KeyColumns)
        {
            foreach (var (id, key, value) in await KeysAsync(connectionString, table, idColumn, keyColumn, valueColumn))
            {
                Assert.Equal(compute(value), key);
            }
        }

        // The stored values themselves are untouched: only key columns differ.
        Assert.Equal(Strip(before), Strip(after));
        Assert.Equal("HRB-123", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c1'"));
        Assert.Equal("HRB\u2010123", await ScalarAsync(connectionString, "SELECT registration_number FROM clients WHERE client_id = 'c1'"));
        Assert.Equal("CAFÉ LTD", await ScalarAsync(connectionString, "SELECT vendor_name_key FROM vendors WHERE vendor_id = 'v1'"));
        Assert.Equal("ADA@EXAMPLE.COM", await ScalarAsync(connectionString, "SELECT email_key FROM users WHERE user_id = 'admin'"));
    }

    [Fact]
    public async Task Open_AfterTheRebuild_LookAlikesOfStoredValuesAreDuplicates()
    {
        var connectionString = await LegacyDatabaseAsync();
        var services = new ServiceCollection();
        services.AddIncidentCore().UseSqliteStore(connectionString);
        await using var provider = services.BuildServiceProvider();

        var client = await provider.GetRequiredService<ClientOnboarding>().OnboardAsync("admin", new ClientOnboardingRequest
        {
            ClientName = "Hansa GmbH",
            RegistrationNumber = "hrb-123",
            ContactEmail = "new@hansa.example",
            ClientType = "enterprise",
        });
        var vendor = await provider.GetRequiredService<VendorRegistration>().RegisterAsync("admin", new VendorRegistrationRequest
        {
            VendorName = "Cafe\u0301 Ltd",
            VendorEmail = "new@cafe.example",
            VendorPhone = "+44 (0)20 7946 0999",
            VendorType = "consulting_services",
        });

        Assert.Equal("duplicate", client.Halt?.CodeName);
        Assert.Equal("registration_number", Assert.Single(client.Halt!.Errors).Field);
        Assert.Equal("duplicate", vendor.Halt?.CodeName);
        Assert.Equal("vendor_name", Assert.Single(vendor.Halt!.Errors).Field);
    }

    [Fact]
    public async Task Open_WhenTwoValuesNowShareAKey_ReportsTheTableColumnAndIdsAndChangesNothing()
    {
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString, Vendor("v3", "Cafe\u0301 Ltd", "CAFE\u0301 LTD", "desk@cafe3.example", "+14155550103"));
        var before = await RowsAsync(connectionString);

        using var store = new SqliteIncidentStore(connectionString);
        var failure = await Assert.ThrowsAsync<UniqueKeyCollisionException>(() => store.EnsureSchemaAsync());

        var collision = Assert.Single(failure.Collisions);
        Assert.Equal(("vendors", "vendor_name_key"), (collision.Table, collision.KeyColumn));
        Assert.Equal(["v1", "v3"], collision.RecordIds);
        Assert.Contains("vendors.vendor_name_key: v1, v3", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Caf", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await RowsAsync(connectionString));

        // The store stays closed until the records are fixed: every unit of work fails the same way.
        await Assert.ThrowsAsync<UniqueKeyCollisionException>(async () => await store.BeginAsync());
        Assert.Equal(before, await RowsAsync(connectionString));
    }

    [Fact]
    public async Task Open_WhenAKeyMovesToTheKeyAnotherRecordIsLeaving_RebuildsBoth()
    {
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString, Client("c8", "REG 8", "OLD 8", "c8@clients.example"));
        await ExecuteAsync(connectionString, Client("c9", "REG 9", "REG 8", "c9@clients.example"));

        using (var store = new SqliteIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        Assert.Equal("REG 8", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c8'"));
        Assert.Equal("REG 9", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c9'"));
    }

    [Fact]
    public async Task Open_WhenTheKeysAreCurrent_ChangesNothing()
    {
        var connectionString = await LegacyDatabaseAsync();
        using (var first = new SqliteIncidentStore(connectionString))
        {
            await first.EnsureSchemaAsync();
        }

        var rebuilt = await RowsAsync(connectionString);
        using (var second = new SqliteIncidentStore(connectionString))
        {
            await second.EnsureSchemaAsync();
        }

        Assert.Equal(rebuilt, await RowsAsync(connectionString));
    }

    [Fact]
    public async Task Open_WhenProductAndComponentKeysAreOld_RecomputesThemWithEachComponentKeyedWithinItsProduct()
    {
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString,
            Product("p1", "Ledger\u00A0Service", "LEDGER\u00A0SERVICE"),
            Product("p2", "Billing", "billing"),
            Component("k1", "'p1'", "Ledger\u2013DB", "LEDGER\u2013DB"),
            Component("k2", "'p2'", "ledger-db", "LEDGER-DB"),
            Component("k3", "NULL", "ledger-db", "/ledger-db"));

        using (var store = new SqliteIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        Assert.Equal(UniqueKeys.ProductName("Ledger Service"), await ScalarAsync(connectionString, "SELECT product_name_key FROM products WHERE product_id = 'p1'"));
        Assert.Equal("BILLING", await ScalarAsync(connectionString, "SELECT product_name_key FROM products WHERE product_id = 'p2'"));
        Assert.Equal("p1/LEDGER-DB", await ScalarAsync(connectionString, "SELECT component_name_key FROM infrastructure_components WHERE component_id = 'k1'"));
        Assert.Equal("p2/LEDGER-DB", await ScalarAsync(connectionString, "SELECT component_name_key FROM infrastructure_components WHERE component_id = 'k2'"));
        Assert.Equal("/LEDGER-DB", await ScalarAsync(connectionString, "SELECT component_name_key FROM infrastructure_components WHERE component_id = 'k3'"));
        Assert.Equal("Ledger\u2013DB", await ScalarAsync(connectionString, "SELECT component_name FROM infrastructure_components WHERE component_id = 'k1'"));
    }

    [Fact]
    public async Task Open_WhenTwoComponentsOfOneProductNowShareAKey_ReportsThemAndChangesNothing()
    {
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString,
            Product("p1", "Ledger", "LEDGER"),
            Component("k1", "'p1'", "Ledger-DB", "p1/LEDGER-DB"),
            Component("k2", "'p1'", " ledger\u2212db ", "OLD LEDGER DB"));
        var before = await ScalarAsync(connectionString, "SELECT group_concat(component_id || '=' || component_name_key, ';') FROM infrastructure_components");

        using var store = new SqliteIncidentStore(connectionString);
        var failure = await Assert.ThrowsAsync<UniqueKeyCollisionException>(() => store.EnsureSchemaAsync());

        var collision = Assert.Single(failure.Collisions);
        Assert.Equal(("infrastructure_components", "component_name_key"), (collision.Table, collision.KeyColumn));
        Assert.Equal(["k1", "k2"], collision.RecordIds);
        Assert.Equal(before, await ScalarAsync(connectionString, "SELECT group_concat(component_id || '=' || component_name_key, ';') FROM infrastructure_components"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static readonly (string Table, string IdColumn, string KeyColumn, string ValueColumn, Func<string, string> Compute)[] KeyColumns =
    [
        ("clients", "client_id", "registration_number_key", "registration_number", UniqueKeys.RegistrationNumber),
        ("clients", "client_id", "contact_email_key", "contact_email", UniqueKeys.Email),
        ("vendors", "vendor_id", "vendor_name_key", "vendor_name", UniqueKeys.VendorName),
        ("vendors", "vendor_id", "contact_email_key", "contact_email", UniqueKeys.Email),
        ("vendors", "vendor_id", "contact_phone_key", "contact_phone", UniqueKeys.Phone),
        ("users", "user_id", "email_key", "email", UniqueKeys.Email),
    ];

    /// <summary>
    /// A database with the schema and rows keyed the old way: a registration number with U+2010, a vendor name with a
    /// no-break space, emails keyed in lower case; and a pair (Café Ltd, Cafe Ltd) that stays two values.
    /// </summary>
    private async Task<string> LegacyDatabaseAsync()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _folder.NewDatabasePath() }.ToString();
        using (var store = new SqliteIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        await ExecuteAsync(connectionString,
            Client("c1", "HRB\u2010123", "HRB\u2010123", "Ops@Hansa.example"),
            Client("c2", "HRB  124", "HRB  124", "desk@hansa.example"),
            Vendor("v1", "Café\u00A0Ltd", "CAFÉ\u00A0LTD", "Desk@Cafe.example", "+442079460958"),
            Vendor("v2", "Cafe Ltd", "CAFE LTD", "desk@cafe2.example", "+390669884857"),
            $"""
            INSERT INTO users (user_id, name, email, email_key, role, department, client_id, vendor_id, timezone, status, created_at, updated_at, version)
            VALUES ('admin', 'Ada Administrator', 'Ada@Example.com', 'ada@example.com', 'system_administrator', 'IT', NULL, NULL, 'UTC', 'active', '{Timestamp}', '{Timestamp}', 1)
            """);
        return connectionString;
    }

    private static string Client(string id, string registrationNumber, string registrationNumberKey, string email) => $"""
        INSERT INTO clients (client_id, client_name, registration_number, registration_number_key, contact_email, contact_email_key,
                             client_type, industry, country, status, created_at, updated_at, version)
        VALUES ('{id}', 'Client {id}', '{registrationNumber}', '{registrationNumberKey}', '{email}', '{email.ToLowerInvariant()}',
                'enterprise', NULL, NULL, 'active', '{Timestamp}', '{Timestamp}', 1)
        """;

    private static string Vendor(string id, string name, string nameKey, string email, string phone) => $"""
        INSERT INTO vendors (vendor_id, vendor_name, vendor_name_key, vendor_type, contact_email, contact_email_key,
                             contact_phone, contact_phone_key, status, created_at, updated_at, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'cloud_provider', '{email}', '{email.ToLowerInvariant()}',
                '{phone}', '{phone}', 'active', '{Timestamp}', '{Timestamp}', 1)
        """;

    private static string Product(string id, string name, string nameKey) => $"""
        INSERT INTO products (product_id, product_name, product_name_key, product_type, product_version, support_vendor_id, status, created_at, updated_at, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'service', NULL, NULL, 'active', '{Timestamp}', '{Timestamp}', 1)
        """;

    /// <summary>A component row; <paramref name="productId"/> is SQL (a quoted id or NULL).</summary>
    private static string Component(string id, string productId, string name, string nameKey) => $"""
        INSERT INTO infrastructure_components (component_id, component_name, component_name_key, component_type, environment, product_id,
                                               location, port_number, operational_status, created_at, updated_at, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'database', 'production', {productId}, NULL, NULL, 'operational', '{Timestamp}', '{Timestamp}', 1)
        """;

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<List<(string Id, string Key, string Value)>> KeysAsync(string connectionString, string table, string idColumn, string keyColumn, string valueColumn)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {idColumn}, {keyColumn}, {valueColumn} FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    /// <summary>Every row of the three tables as "table|column=value|…", in a fixed order.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var (table, id) in new[] { ("clients", "client_id"), ("vendors", "vendor_id"), ("users", "user_id") })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {id}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + string.Concat(Enumerable.Range(0, reader.FieldCount).Select(i => $"|{reader.GetName(i)}={(reader.IsDBNull(i) ? "null" : reader.GetValue(i))}")));
            }
        }

        return rows;
    }

    /// <summary>The rows without their key columns.</summary>
    private static List<string> Strip(List<string> rows) =>
        [.. rows.Select(r => string.Join('|', r.Split('|').Where(part => !part.Split('=')[0].EndsWith("_key", StringComparison.Ordinal))))];
}
