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

        var first = await session.CallAsync("read_audit_trail", """{"take":2}""");
        var nextAfter = first.Body.GetProperty("next_after").GetString();
        var second = await session.CallAsync("read_audit_trail", JsonSerializer.Serialize(new Dictionary<string, object?> { ["after"] = nextAfter, ["take"] = 2 }));
        var unknown = await session.CallAsync("read_audit_trail", """{"after":"no-such-entry"}""");

        Assert.Equal(3, first.Body.GetProperty("total").GetInt64());
        Assert.Equal(2, first.Body.GetProperty("entries").GetArrayLength());
        Assert.Equal(first.Body.GetProperty("entries")[1].GetProperty("audit_id").GetString(), nextAfter);
        Assert.Equal(1, second.Body.GetProperty("entries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.Body.GetProperty("next_after").ValueKind);
        Assert.Equal(0, unknown.Body.GetProperty("entries").GetArrayLength());
        var entries = first.Body.GetProperty("entries").EnumerateArray().Concat(second.Body.GetProperty("entries").EnumerateArray()).ToList();
        Assert.Equal(["client", "user", "vendor"], entries.Select(e => e.GetProperty("entity_type").GetString()));
        Assert.All(entries, e => Assert.Equal("create", e.GetProperty("action").GetString()));
        var text = first.Body.GetRawText() + second.Body.GetRawText();
        Assert.DoesNotContain("bob@example.com", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob Builder", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+442079460958", text, StringComparison.Ordinal);
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
