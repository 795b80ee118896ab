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

        var first = await session.CallAsync("read_audit_trail", """{"skip":0,"take":2}""");
        var second = await session.CallAsync("read_audit_trail", """{"skip":2,"take":2}""");

        Assert.Equal(3, first.Body.GetProperty("total").GetInt64());
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
