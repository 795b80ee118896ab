using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ClientEndpointsTests
{
    private const string JohnsonLlc = """
        {"client_name":"Johnson LLC","registration_number":"REG-1001","contact_email":"contact@johnsonllc","client_type":"mid_market","country":"Czech Republic","industry":"Retail"}
        """;

    [Fact]
    public async Task CreateClient_WhenAdministratorSendsValidClient_ExpectCreatedAndReadableInWireForm()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var created = await admin.PostJsonAsync("/clients", JohnsonLlc);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clientId = (await created.ReadJsonAsync()).GetProperty("client_id").GetString();
        Assert.False(string.IsNullOrEmpty(clientId));
        Assert.Equal($"/clients/{clientId}", created.Headers.Location?.OriginalString);

        var read = await (await admin.GetAsync($"/clients/{clientId}")).ReadJsonAsync();
        Assert.Equal("Johnson LLC", read.GetProperty("client_name").GetString());
        Assert.Equal("mid_market", read.GetProperty("client_type").GetString());
        Assert.Equal("active", read.GetProperty("status").GetString());
        Assert.Equal("Retail", read.GetProperty("industry").GetString());
    }

    [Fact]
    public async Task UpdateClient_WhenAssignedAccountManagerSendsChangeSet_ExpectUpdatedRecord()
    {
        using var factory = new WebApiFactory();
        using var accountManager = factory.ClientFor(WebApiFactory.AccountManager);

        var response = await accountManager.PatchJsonAsync($"/clients/{WebApiFactory.Northwind}", """{"status":"suspended","industry":"Logistics"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("suspended", updated.GetProperty("status").GetString());
        Assert.Equal("Logistics", updated.GetProperty("industry").GetString());
        Assert.Equal(WebApiFactory.Northwind, updated.GetProperty("client_id").GetString());
    }

    [Fact]
    public async Task UpdateClient_WhenAccountManagerIsNotAssignedToClient_ExpectForbiddenAndUnchanged()
    {
        using var factory = new WebApiFactory();
        using var accountManager = factory.ClientFor(WebApiFactory.AccountManager);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await accountManager.PatchJsonAsync($"/clients/{WebApiFactory.Contoso}", """{"status":"suspended"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("not_assigned_to_client", problem.DenialReason);
        var contoso = await (await admin.GetAsync($"/clients/{WebApiFactory.Contoso}")).ReadJsonAsync();
        Assert.Equal("active", contoso.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GetClient_WhenClientDoesNotExist_ExpectNotFoundProblem()
    {
        using var factory = new WebApiFactory();
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var problem = await Problem.ReadAsync(await admin.GetAsync("/clients/999"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Equal("not_found", problem.Code);
        Assert.Contains(("client_id", "not_found"), problem.FieldErrors);
    }
}
