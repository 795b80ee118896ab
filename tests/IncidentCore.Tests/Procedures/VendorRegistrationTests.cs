using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

public sealed class VendorRegistrationTests
{
    [Fact]
    public async Task Register_WithValidInputs_StoresVendorWithNormalisedPhoneAndActiveStatus()
    {
        await using var host = TestHost.Create();

        var id = ResultAssert.Succeeded(await host.VendorRegistration.RegisterAsync(Seed.Executive, Requests.NewVendor("42")));

        var vendor = (await host.VendorAsync(id))!;
        Assert.Equal("New Vendor 42", vendor.VendorName);
        Assert.Equal("desk42@new-vendor.example", vendor.ContactEmail);
        Assert.Equal("+15550100042", vendor.ContactPhone);
        Assert.Equal(VendorType.SecurityProvider, vendor.VendorType);
        Assert.Equal(VendorStatus.Active, vendor.Status);
        Assert.Equal(Seed.PolicyNow, vendor.CreatedAt);
    }

    [Theory]
    [InlineData("vendor_name")]
    [InlineData("vendor_email")]
    [InlineData("vendor_phone")]
    [InlineData("vendor_type")]
    public async Task Register_WhenARequiredInputIsMissing_HaltsValidationFailedNamingIt(string field)
    {
        await using var host = TestHost.Create();
        var request = field switch
        {
            "vendor_name" => Requests.NewVendor() with { VendorName = null },
            "vendor_email" => Requests.NewVendor() with { VendorEmail = null },
            "vendor_phone" => Requests.NewVendor() with { VendorPhone = "" },
            _ => Requests.NewVendor() with { VendorType = null },
        };

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, request), HaltCode.ValidationFailed, field);
    }

    [Theory]
    [InlineData("software_vendor")]
    [InlineData("Cloud_Provider")]
    [InlineData("cloud provider")]
    public async Task Register_WhenVendorTypeIsNotAllowed_HaltsValidationFailed(string type)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, Requests.NewVendor() with { VendorType = type }), HaltCode.ValidationFailed, "vendor_type");
    }

    [Theory]
    [InlineData("7136387543")]
    [InlineData("+1 713 abc")]
    [InlineData("+12")]
    [InlineData("++17136387543")]
    [InlineData("+0 713 638 7543")]
    public async Task Register_WhenPhoneIsNotInternational_HaltsValidationFailed(string phone)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, Requests.NewVendor() with { VendorPhone = phone }), HaltCode.ValidationFailed, "vendor_phone");
    }

    [Theory]
    [InlineData("vendor_name", " vendor a ")]
    [InlineData("vendor_email", "DESK@vendor-a.example")]
    [InlineData("vendor_phone", "+1 (713) 638-7543")]
    public async Task Register_WhenAUniqueInputIsTaken_HaltsDuplicateNamingIt(string field, string value)
    {
        await using var host = TestHost.Create();
        var request = field switch
        {
            "vendor_name" => Requests.NewVendor() with { VendorName = value },
            "vendor_email" => Requests.NewVendor() with { VendorEmail = value },
            _ => Requests.NewVendor() with { VendorPhone = value },
        };
        var before = await host.SnapshotAsync();

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, request), HaltCode.Duplicate, field);

        (await host.SnapshotAsync()).AssertUnchanged(before);
    }

    [Fact]
    public async Task Register_WhenUserIsUnauthorized_HaltsUnauthorized()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.VendorContactOfA, Requests.NewVendor()), HaltCode.Unauthorized);
    }
}
