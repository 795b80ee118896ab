using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class VendorToolsTests
{
    [Fact]
    public async Task CreateVendor_WhenIncidentManagerRegistersVendor_ExpectIdAndRecordWithNormalisedPhone()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.IncidentManager);

        var created = await session.CallAsync("create_vendor",
            """{"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+44 20 7946 0958","vendor_type":"payment_processor"}""");

        Assert.False(created.IsError);
        var vendor = await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{created.Text("vendor_id")}}"}""");
        Assert.Equal(created.Text("vendor_id"), vendor.Text("vendor_id"));
        Assert.Equal("+442079460958", vendor.Text("contact_phone"));
        Assert.Equal("payment_processor", vendor.Text("vendor_type"));
    }

    [Fact]
    public async Task CreateVendor_WhenPhoneBelongsToAnotherVendor_ExpectDuplicateHalt()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var outcome = await session.CallAsync("create_vendor",
            """{"vendor_name":"OtherCo","vendor_email":"hi@other.example","vendor_phone":"+1 (713) 638-7543","vendor_type":"consulting_services"}""");

        Assert.Equal("duplicate", outcome.HaltCode);
        Assert.Contains(outcome.FieldErrors, e => e.Field == "vendor_phone");
    }

    [Fact]
    public async Task UpdateVendor_WhenIncidentManagerChangesVendor_ExpectUpdatedRecordAndOneAuditEntry()
    {
        using var database = new TemporaryDatabase();
        ToolOutcome updated;
        await using (var session = await database.StartAsync(SeedData.IncidentManager))
        {
            updated = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"status":"suspended","contact_phone":"+1 (713) 638-7500"}}""");
        }

        Assert.False(updated.IsError, updated.Body.GetRawText());
        Assert.Equal("suspended", updated.Text("status"));
        Assert.Equal("+17136387500", updated.Text("contact_phone"));
        await using var administrator = await database.StartAsync(SeedData.Administrator);
        var entry = Assert.Single(await administrator.ToolAuditEntriesAsync());
        Assert.Equal("update", entry.GetProperty("action").GetString());
        Assert.Equal(SeedData.CloudCo, entry.GetProperty("entity_id").GetString());
        Assert.Equal(SeedData.IncidentManager, entry.GetProperty("actor_user_id").GetString());
    }

    [Fact]
    public async Task UpdateVendor_WhenSessionActorIsTechnicalSupport_ExpectUnauthorizedAndVendorUnchanged()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.TechnicalSupport);

        var outcome = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"status":"inactive"}}""");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
        Assert.Equal("active", (await session.CallAsync("find_vendor", $$"""{"vendor_id":"{{SeedData.CloudCo}}"}""")).Text("status"));
    }

    [Fact]
    public async Task UpdateVendor_WhenChangeIsDuplicateInvalidOrForNoVendor_ExpectHaltsNamingTheFieldAndNothingAudited()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var duplicate = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"vendor_name":" GLOBEX "}}""");
        var invalidType = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"vendor_type":"spaceship"}}""");
        var invalidEmail = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"contact_email":"help@cloud,co.example"}}""");
        var unknown = await session.CallAsync("update_vendor", $$$"""{"vendor_id":"{{{SeedData.CloudCo}}}","change_set":{"vendor_email":"new@cloudco.example"}}""");
        var notFound = await session.CallAsync("update_vendor", """{"vendor_id":"999","change_set":{"status":"inactive"}}""");

        Assert.Equal("duplicate", duplicate.HaltCode);
        Assert.Contains(("vendor_name", "duplicate"), duplicate.FieldErrors);
        Assert.Equal("validation_failed", invalidType.HaltCode);
        Assert.Contains(invalidType.FieldErrors, e => e.Field == "vendor_type");
        Assert.Equal("validation_failed", invalidEmail.HaltCode);
        Assert.Contains(invalidEmail.FieldErrors, e => e.Field == "contact_email");
        Assert.Contains(("vendor_email", "unknown_field"), unknown.FieldErrors);
        Assert.Equal("not_found", notFound.HaltCode);
        Assert.Contains(("vendor_id", "not_found"), notFound.FieldErrors);
        Assert.Empty(await session.ToolAuditEntriesAsync());
    }
}
