using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class AuditTrailToolsTests
{
    [Fact]
    public async Task ReadAuditTrail_WhenProceduresRan_ExpectOneEntryEachPagedAndFreeOfPersonalValues()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);
        await session.CallAsync("create_client", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""");
        await session.CallAsync("register_user", """{"name":"Bob Builder","email":"bob@example.com","role":"technical_support"}""");
        await session.CallAsync("create_vendor", """{"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+442079460958","vendor_type":"payment_processor"}""");

        var all = await session.AuditEntriesAsync();
        var paged = new List<JsonElement>();
        string? after = null;
        do
        {
            var page = await session.CallAsync("read_audit_trail", JsonSerializer.Serialize(new Dictionary<string, object?> { ["after"] = after, ["take"] = 4 }));
            Assert.InRange(page.Body.GetProperty("entries").GetArrayLength(), 1, 4);
            paged.AddRange(page.Body.GetProperty("entries").EnumerateArray());
            after = page.Body.GetProperty("next_after").GetString();
            Assert.True(after is null || after == paged[^1].GetProperty("audit_id").GetString());
        }
        while (after is not null);

        var unknown = await session.CallAsync("read_audit_trail", """{"after":"no-such-entry"}""");

        Assert.Equal(SeedData.RecordCount + 3, all.Count);
        Assert.Equal(all.Select(e => e.GetProperty("audit_id").GetString()), paged.Select(e => e.GetProperty("audit_id").GetString()));
        Assert.Equal(0, unknown.Body.GetProperty("entries").GetArrayLength());
        var created = all.Where(e => e.GetProperty("actor_user_id").GetString() == SeedData.Administrator).ToList();
        Assert.Equal(["client", "user", "vendor"], created.Select(e => e.GetProperty("entity_type").GetString()));
        Assert.All(created, e => Assert.Equal("create", e.GetProperty("action").GetString()));
        Assert.All(created, e => Assert.Equal(SeedData.Administrator, e.GetProperty("actor_user_id").GetString()));
        var text = string.Concat(all.Select(e => e.GetRawText()));
        Assert.DoesNotContain("bob@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Builder", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+442079460958", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAuditTrail_WhenActorIsNotAdministrator_ExpectUnauthorized()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.IncidentManager);

        var outcome = await session.CallAsync("read_audit_trail", "{}");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
    }
}
