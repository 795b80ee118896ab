using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ChangeEndpointsTests
{
    [Fact]
    public async Task RequestChange_WhenTechnicalSupportRequestsAHighRiskChangeForAnIncident_ExpectCreatedRequestedByTheActorAndWaiting()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        var before = await Json.AuditTotalAsync(factory);

        var created = await support.PostJsonAsync("/changes", ApprovalSteps.ChangeBody("normal", "high", incidentId));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var changeId = (await created.ReadJsonAsync()).GetProperty("change_id").GetString()!;
        Assert.Equal($"/changes/{changeId}", created.Headers.Location?.OriginalString);
        var change = await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}");
        Assert.Equal("requested", change.GetProperty("status").GetString());
        Assert.Equal(WebApiFactory.TechnicalSupport, change.GetProperty("requesting_user").GetString());
        Assert.Equal(incidentId, change.GetProperty("incident_id").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("approved_by_user").ValueKind);
        Assert.Equal(before + 1, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.TechnicalSupport, "standard", "low", null)]
    [InlineData(WebApiFactory.IncidentManager, "normal", "medium", WebApiFactory.IncidentManager)]
    [InlineData(WebApiFactory.Executive, "emergency", "high", WebApiFactory.Executive)]
    public async Task RequestChange_WhenItsRuleApprovesItAsItIsMade_ExpectApprovedAndAuditedAsCreateAndApprove(string requester, string changeType, string riskLevel, string? approver)
    {
        using var factory = new WebApiFactory();

        var changeId = await ApprovalSteps.RequestChangeAsync(factory, requester, changeType, riskLevel);

        var change = await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}");
        Assert.Equal("approved", change.GetProperty("status").GetString());
        Assert.Equal(approver, change.GetProperty("approved_by_user").GetString());
        Assert.Equal(2, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.AccountManager)]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task RequestChange_WhenTheRoleMayNotRequestChanges_ExpectForbiddenRoleNotPermitted(string actor)
    {
        using var factory = new WebApiFactory();
        using var client = factory.ClientFor(actor);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/changes", ApprovalSteps.ChangeBody("normal", "low")));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("""{"title":"Raise the timeout","change_type":"major","risk_level":"low"}""", "change_type", "invalid")]
    [InlineData("""{"title":"Raise the timeout","change_type":"normal","risk_level":"severe"}""", "risk_level", "invalid")]
    [InlineData("""{"title":"Raise the timeout","change_type":"normal"}""", "risk_level", "required")]
    [InlineData("""{"change_type":"normal","risk_level":"low"}""", "title", "required")]
    [InlineData("""{"title":"Raise the timeout","change_type":"normal","risk_level":"low","status":"approved"}""", "status", "unknown_field")]
    public async Task RequestChange_WhenInputIsInvalid_ExpectValidationProblemNamingTheFieldAndNothingAudited(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/changes", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RequestChange_WhenTheIncidentDoesNotExist_ExpectNotFoundNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/changes", ApprovalSteps.ChangeBody("normal", "low", "999")));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task GetChange_WhenAnAccountManagerReadsIt_ExpectTheChangeInWireForm()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var accountManager = factory.ClientFor(WebApiFactory.AccountManager);
        var before = await Json.AuditTotalAsync(factory);

        var response = await accountManager.GetAsync($"/changes/{changeId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal(changeId, change.GetProperty("change_id").GetString());
        Assert.Equal("normal", change.GetProperty("change_type").GetString());
        Assert.Equal("high", change.GetProperty("risk_level").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("actual_start_time").ValueKind);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task GetChange_WhenActorIsAContact_ExpectForbiddenAsForNoChange(string contact)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var client = factory.ClientFor(contact);

        var existing = await Problem.ReadAsync(await client.GetAsync($"/changes/{changeId}"));
        var missing = await Problem.ReadAsync(await client.GetAsync("/changes/999"));

        Assert.Equal(HttpStatusCode.Forbidden, existing.Status);
        Assert.Equal("role_not_permitted", existing.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(existing), ProblemComparison.WithoutTraceId(missing));
    }

    [Fact]
    public async Task GetChange_WhenChangeDoesNotExist_ExpectNotFoundNamingChangeId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync("/changes/999"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("change_id", "not_found"), problem.FieldErrors);
    }
}
