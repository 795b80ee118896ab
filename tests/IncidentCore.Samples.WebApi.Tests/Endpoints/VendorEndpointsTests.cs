using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class VendorEndpointsTests
{
    [Fact]
    public async Task CreateVendor_WhenIncidentManagerRegistersVendor_ExpectCreatedWithNormalisedPhone()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var created = await incidentManager.PostJsonAsync("/vendors", """
            {"vendor_name":"CloudCo","vendor_email":"support@cloudco.example","vendor_phone":"+1 713-638-7543","vendor_type":"cloud_provider"}
            """);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var vendorId = (await created.ReadJsonAsync()).GetProperty("vendor_id").GetString();
        var read = await (await incidentManager.GetAsync($"/vendors/{vendorId}")).ReadJsonAsync();
        Assert.Equal("CloudCo", read.GetProperty("vendor_name").GetString());
        Assert.Equal("cloud_provider", read.GetProperty("vendor_type").GetString());
        Assert.Equal("+17136387543", read.GetProperty("contact_phone").GetString());
        Assert.Equal("support@cloudco.example", read.GetProperty("contact_email").GetString());
    }

    [Fact]
    public async Task CreateVendor_WhenExecutiveIsOnLeave_ExpectForbiddenAndNoVendor()
    {
        using var factory = new WebApiFactory();
        using var executive = factory.ClientFor(WebApiFactory.ExecutiveOnLeave);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await executive.PostJsonAsync("/vendors", """
            {"vendor_name":"PayFast","vendor_email":"billing@payfast.example","vendor_phone":"+44 20 7946 0958","vendor_type":"payment_processor"}
            """));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("actor_not_active", problem.DenialReason);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/vendors/1")).StatusCode);
    }
}
