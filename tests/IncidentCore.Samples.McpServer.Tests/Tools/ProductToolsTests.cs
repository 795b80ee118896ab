using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class ProductToolsTests
{
    [Fact]
    public async Task AddAndUpdateProduct_WhenAdministratorManagesProduct_ExpectRecordAndOneAuditEntryEach()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);

        var added = await session.CallAsync("add_product", $$"""{"product_name":"Identity Service","product_type":"service","version":"1.0","support_vendor_id":"{{SeedData.Globex}}"}""");
        var updated = await session.CallAsync("update_product", $$$"""{"product_id":"{{{added.Text("product_id")}}}","change_set":{"status":"deprecated","version":null}}""");

        Assert.False(added.IsError, added.Body.GetRawText());
        Assert.False(updated.IsError, updated.Body.GetRawText());
        Assert.Equal("Identity Service", updated.Text("product_name"));
        Assert.Equal("deprecated", updated.Text("status"));
        Assert.Equal(SeedData.Globex, updated.Text("support_vendor_id"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, updated.Body.GetProperty("version").ValueKind);
        var entries = (await session.ToolAuditEntriesAsync()).Where(e => e.GetProperty("entity_id").GetString() == added.Text("product_id")).ToList();
        Assert.Equal(["create", "update"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(SeedData.Administrator, e.GetProperty("actor_user_id").GetString()));
    }

    [Fact]
    public async Task AddProduct_WhenNameLooksLikeASeededProductOrVendorIsUnknown_ExpectHaltsNamingTheField()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var duplicate = await session.CallAsync("add_product", """{"product_name":"  payments   API ","product_type":"api"}""");
        var noVendor = await session.CallAsync("add_product", """{"product_name":"Reports","product_type":"application","support_vendor_id":"999"}""");
        var badStatus = await session.CallAsync("add_product", """{"product_name":"Reports","product_type":"application","status":"retired"}""");

        Assert.Equal("duplicate", duplicate.HaltCode);
        Assert.Contains(("product_name", "duplicate"), duplicate.FieldErrors);
        Assert.Equal("not_found", noVendor.HaltCode);
        Assert.Contains(("support_vendor_id", "not_found"), noVendor.FieldErrors);
        Assert.Equal("validation_failed", badStatus.HaltCode);
        Assert.Contains(("status", "invalid"), badStatus.FieldErrors);
    }

    [Fact]
    public async Task UpdateProduct_WhenSessionActorIsIncidentManager_ExpectUnauthorizedRoleNotPermitted()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var outcome = await session.CallAsync("update_product", $$$"""{"product_id":"{{{SeedData.PaymentsApi}}}","change_set":{"status":"end_of_life"}}""");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
    }
}
