using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ClientIncidentEndpointsTests
{
    [Fact]
    public async Task ListClientIncidents_WhenClientContactPagesThroughItsOwn_ExpectEachIncidentOnceInReportOrder()
    {
        using var factory = new WebApiFactory();
        var reported = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            reported.Add(await IncidentSteps.OwnIncidentAsync(factory));
        }

        await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var first = await (await contact.GetAsync($"/clients/{WebApiFactory.Northwind}/incidents?take=2")).ReadJsonAsync();
        var nextAfter = first.GetProperty("next_after").GetString();
        var second = await (await contact.GetAsync($"/clients/{WebApiFactory.Northwind}/incidents?take=2&after={Uri.EscapeDataString(nextAfter!)}")).ReadJsonAsync();

        var listed = first.GetProperty("incidents").EnumerateArray().Concat(second.GetProperty("incidents").EnumerateArray()).ToList();
        Assert.Equal(reported, listed.Select(i => i.GetProperty("incident_id").GetString()));
        Assert.All(listed, i => Assert.Equal(WebApiFactory.Northwind, i.GetProperty("client_id").GetString()));
        Assert.Equal(reported[1], nextAfter);
        Assert.Equal(nextAfter, second.GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
    }

    [Fact]
    public async Task ListClientIncidents_WhenClientContactListsAnotherClient_ExpectForbiddenAsForNoClient()
    {
        using var factory = new WebApiFactory();
        await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.NorthwindContact);

        var other = await Problem.ReadAsync(await contact.GetAsync($"/clients/{WebApiFactory.Contoso}/incidents"));
        var missing = await Problem.ReadAsync(await contact.GetAsync("/clients/999/incidents"));

        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("not_assigned_to_client", other.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(other), ProblemComparison.WithoutTraceId(missing));
    }

    [Fact]
    public async Task ListClientIncidents_WhenVendorContactListsAClient_ExpectForbiddenRoleNotPermitted()
    {
        using var factory = new WebApiFactory();
        await IncidentSteps.OutsiderIncidentAsync(factory);
        using var contact = factory.ClientFor(WebApiFactory.GlobexContact);

        var problem = await Problem.ReadAsync(await contact.GetAsync($"/clients/{WebApiFactory.Contoso}/incidents"));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("/clients/100/incidents?take=0", "take")]
    [InlineData("/clients/100/incidents?take=101", "take")]
    [InlineData("/clients/100/incidents?take=ten", "take")]
    [InlineData("/clients/100/incidents?after=", "after")]
    [InlineData("/clients/100/incidents?after=not%20an%20id", "after")]
    public async Task ListClientIncidents_WhenPageIsOutOfRange_ExpectValidationProblemNamingParameter(string path, string field)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync(path));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
    }

    [Fact]
    public async Task ListClientIncidents_WhenStaffListsAClientNobodyHas_ExpectNotFoundNamingClientId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync("/clients/999/incidents"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("client_id", "not_found"), problem.FieldErrors);
    }
}
