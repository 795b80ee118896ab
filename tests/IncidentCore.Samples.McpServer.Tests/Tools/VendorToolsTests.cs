using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class VendorToolsTests
{
    [Fact]
    public async Task CreateVendor_WhenIncidentManagerRegistersVendor_ExpectIdAndRecordFoundByTypedPhone()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.IncidentManager);

        var created = await session.CallAsync("create_vendor",
            """{"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+44 20 7946 0958","vendor_type":"payment_processor"}""");

        Assert.False(created.IsError);
        var vendor = await session.CallAsync("find_vendor", """{"contact_phone":"+44-20-7946-0958"}""");
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
}
