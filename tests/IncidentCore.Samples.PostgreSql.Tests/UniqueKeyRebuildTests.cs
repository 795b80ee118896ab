using IncidentCore.Domain.Normalization;
using IncidentCore.Samples.PostgreSql.Storage;
using Npgsql;
using Xunit;

namespace IncidentCore.Samples.PostgreSql.Tests;

/// <summary>
/// A database written with the older keys (trimmed and upper-cased, emails lower-cased) gets the current keys when a
/// store opens it; when two records would then share a key, the store refuses to open it and changes nothing.
/// </summary>
public sealed class UniqueKeyRebuildTests : IDisposable
{
    private const long Ticks = 638_943_984_000_000_000;
    private readonly List<string> _schemas = [];

    [SkippableFact]
    public async Task Open_WhenTheKeysAreOld_RecomputesEveryKeyFromTheStoredValues()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = await LegacyDatabaseAsync();
        var before = await RowsAsync(connectionString);

        await using (var store = new PostgreSqlIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        var after = await RowsAsync(connectionString);
        Assert.Equal(Strip(before), Strip(after));
        Assert.NotEqual(before, after);
        foreach (var (table, idColumn, keyColumn, valueColumn, compute) in KeyColumns)
        {
            foreach (var (key, value) in await KeysAsync(connectionString, table, keyColumn, valueColumn))
            {
                Assert.Equal(compute(value), key);
            }
        }

        Assert.Equal("HRB-123", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c1'"));
        Assert.Equal("CAFÉ LTD", await ScalarAsync(connectionString, "SELECT vendor_name_key FROM vendors WHERE vendor_id = 'v1'"));
        Assert.Equal("ADA@EXAMPLE.COM", await ScalarAsync(connectionString, "SELECT email_key FROM users WHERE user_id = 'admin'"));
    }

    [SkippableFact]
    public async Task Open_WhenTwoValuesNowShareAKey_ReportsTheTableColumnAndIdsAndChangesNothing()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString, Vendor("v3", "Cafe\u0301 Ltd", "CAFE\u0301 LTD", "desk@cafe3.example", "+14155550103"));
        var before = await RowsAsync(connectionString);

        await using var store = new PostgreSqlIncidentStore(connectionString);
        var failure = await Assert.ThrowsAsync<UniqueKeyCollisionException>(() => store.EnsureSchemaAsync());

        var collision = Assert.Single(failure.Collisions);
        Assert.Equal(("vendors", "vendor_name_key"), (collision.Table, collision.KeyColumn));
        Assert.Equal(["v1", "v3"], collision.RecordIds);
        Assert.Contains("vendors.vendor_name_key: v1, v3", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Caf", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await RowsAsync(connectionString));
        await Assert.ThrowsAsync<UniqueKeyCollisionException>(async () => await store.BeginAsync());
        Assert.Equal(before, await RowsAsync(connectionString));
    }

    [SkippableFact]
    public async Task Open_WhenAKeyMovesToTheKeyAnotherRecordIsLeaving_RebuildsBoth()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString, Client("c8", "REG 8", "OLD 8", "c8@clients.example"), Client("c9", "REG 9", "REG 8", "c9@clients.example"));

        await using (var store = new PostgreSqlIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        Assert.Equal("REG 8", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c8'"));
        Assert.Equal("REG 9", await ScalarAsync(connectionString, "SELECT registration_number_key FROM clients WHERE client_id = 'c9'"));
    }

    [SkippableFact]
    public async Task Open_WhenProductAndComponentKeysAreOld_RecomputesThemWithEachComponentKeyedWithinItsProduct()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString,
            Product("p1", "Ledger\u00A0Service", "LEDGER\u00A0SERVICE"),
            Product("p2", "Billing", "billing"),
            Component("k1", "'p1'", "Ledger\u2013DB", "LEDGER\u2013DB"),
            Component("k2", "'p2'", "ledger-db", "LEDGER-DB"),
            Component("k3", "NULL", "ledger-db", "/ledger-db"));

        await using (var store = new PostgreSqlIncidentStore(connectionString))
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

    [SkippableFact]
    public async Task Open_WhenTwoComponentsOfOneProductNowShareAKey_ReportsThemAndChangesNothing()
    {
        Skip.If(TestDatabase.SkipReason is not null, TestDatabase.SkipReason);
        var connectionString = await LegacyDatabaseAsync();
        await ExecuteAsync(connectionString,
            Product("p1", "Ledger", "LEDGER"),
            Component("k1", "'p1'", "Ledger-DB", "p1/LEDGER-DB"),
            Component("k2", "'p1'", " ledger\u2212db ", "OLD LEDGER DB"));
        const string Keys = "SELECT string_agg(component_id || '=' || component_name_key, ';' ORDER BY component_id) FROM infrastructure_components";
        var before = await ScalarAsync(connectionString, Keys);

        await using var store = new PostgreSqlIncidentStore(connectionString);
        var failure = await Assert.ThrowsAsync<UniqueKeyCollisionException>(() => store.EnsureSchemaAsync());

        var collision = Assert.Single(failure.Collisions);
        Assert.Equal(("infrastructure_components", "component_name_key"), (collision.Table, collision.KeyColumn));
        Assert.Equal(["k1", "k2"], collision.RecordIds);
        Assert.Equal(before, await ScalarAsync(connectionString, Keys));
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas)
        {
            TestDatabase.DropSchema(schema);
        }
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

    /// <summary>The schema and rows keyed the old way, with a pair (Café Ltd, Cafe Ltd) that stays two values.</summary>
    private async Task<string> LegacyDatabaseAsync()
    {
        var (schema, connectionString) = TestDatabase.CreateSchema();
        _schemas.Add(schema);
        await using (var store = new PostgreSqlIncidentStore(connectionString))
        {
            await store.EnsureSchemaAsync();
        }

        await ExecuteAsync(connectionString,
            Client("c1", "HRB\u2010123", "HRB\u2010123", "Ops@Hansa.example"),
            Client("c2", "HRB  124", "HRB  124", "desk@hansa.example"),
            Vendor("v1", "Café\u00A0Ltd", "CAFÉ\u00A0LTD", "Desk@Cafe.example", "+442079460958"),
            Vendor("v2", "Cafe Ltd", "CAFE LTD", "desk@cafe2.example", "+390669884857"),
            $"""
            INSERT INTO users (user_id, name, email, email_key, role, department, client_id, vendor_id, timezone, status, created_at_ticks, updated_at_ticks, version)
            VALUES ('admin', 'Ada Administrator', 'Ada@Example.com', 'ada@example.com', 'system_administrator', 'IT', NULL, NULL, 'UTC', 'active', {Ticks}, {Ticks}, 1)
            """);
        return connectionString;
    }

    private static string Client(string id, string registrationNumber, string registrationNumberKey, string email) => $"""
        INSERT INTO clients (client_id, client_name, registration_number, registration_number_key, contact_email, contact_email_key,
                             client_type, industry, country, status, created_at_ticks, updated_at_ticks, version)
        VALUES ('{id}', 'Client {id}', '{registrationNumber}', '{registrationNumberKey}', '{email}', '{email.ToLowerInvariant()}',
                'enterprise', NULL, NULL, 'active', {Ticks}, {Ticks}, 1)
        """;

    private static string Vendor(string id, string name, string nameKey, string email, string phone) => $"""
        INSERT INTO vendors (vendor_id, vendor_name, vendor_name_key, vendor_type, contact_email, contact_email_key,
                             contact_phone, contact_phone_key, status, created_at_ticks, updated_at_ticks, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'cloud_provider', '{email}', '{email.ToLowerInvariant()}',
                '{phone}', '{phone}', 'active', {Ticks}, {Ticks}, 1)
        """;

    private static string Product(string id, string name, string nameKey) => $"""
        INSERT INTO products (product_id, product_name, product_name_key, product_type, product_version, support_vendor_id, status,
                              created_at_ticks, updated_at_ticks, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'service', NULL, NULL, 'active', {Ticks}, {Ticks}, 1)
        """;

    /// <summary>A component row; <paramref name="productId"/> is SQL (a quoted id or NULL).</summary>
    private static string Component(string id, string productId, string name, string nameKey) => $"""
        INSERT INTO infrastructure_components (component_id, component_name, component_name_key, component_type, environment, product_id,
                                               location, port_number, operational_status, created_at_ticks, updated_at_ticks, version)
        VALUES ('{id}', '{name}', '{nameKey}', 'database', 'production', {productId}, NULL, NULL, 'operational', {Ticks}, {Ticks}, 1)
        """;

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task<List<(string Key, string Value)>> KeysAsync(string connectionString, string table, string keyColumn, string valueColumn)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {keyColumn}, {valueColumn} FROM {table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Every row of the three tables as "table|column=value|…", in a fixed order.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new List<string>();
        foreach (var (table, id) in new[] { ("clients", "client_id"), ("vendors", "vendor_id"), ("users", "user_id") })
        {
            await using var command = new NpgsqlCommand($"SELECT * FROM {table} ORDER BY {id}", connection);
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
