using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ChangeApprovalEndpointsTests
{
    [Fact]
    public async Task ApproveChange_WhenAnExecutiveApprovesAHighRiskChange_ExpectApprovedByTheExecutiveAndAudited()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        var before = await Json.AuditTotalAsync(factory);

        var response = await executive.PostAsync($"/changes/{changeId}/approve", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal("approved", change.GetProperty("status").GetString());
        Assert.Equal(WebApiFactory.Executive, change.GetProperty("approved_by_user").GetString());
        Assert.Equal(WebApiFactory.TechnicalSupport, change.GetProperty("requesting_user").GetString());
        Assert.Equal(before + 1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task ApproveChange_WhenTheBodyIsAnEmptyObject_ExpectApproved()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestChangeAsync(factory, WebApiFactory.TechnicalSupport, "normal", "low");
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var response = await incidentManager.PostJsonAsync($"/changes/{changeId}/approve", "{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebApiFactory.IncidentManager, (await response.ReadJsonAsync()).GetProperty("approved_by_user").GetString());
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task DecideChange_WhenAnIncidentManagerDecidesAHighRiskChange_ExpectForbiddenApproverRoleRequiredAndStillRequested(string action)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostAsync($"/changes/{changeId}/{action}", null));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("unauthorized", problem.Code);
        Assert.Equal("approver_role_required", problem.DenialReason);
        var change = await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}");
        Assert.Equal("requested", change.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("approved_by_user").ValueKind);
    }

    [Theory]
    [InlineData("approve", WebApiFactory.TechnicalSupport)]
    [InlineData("reject", WebApiFactory.TechnicalSupport)]
    [InlineData("approve", WebApiFactory.NorthwindContact)]
    [InlineData("reject", WebApiFactory.GlobexContact)]
    public async Task DecideChange_WhenTheRoleMayNotDecideChanges_ExpectForbiddenRoleNotPermittedAsForNoChange(string action, string actor)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestChangeAsync(factory, WebApiFactory.TechnicalSupport, "normal", "low");
        using var client = factory.ClientFor(actor);

        var existing = await Problem.ReadAsync(await client.PostAsync($"/changes/{changeId}/{action}", null));
        var missing = await Problem.ReadAsync(await client.PostAsync($"/changes/999/{action}", null));

        Assert.Equal(HttpStatusCode.Forbidden, existing.Status);
        Assert.Equal("role_not_permitted", existing.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(existing), ProblemComparison.WithoutTraceId(missing));
    }

    [Fact]
    public async Task RejectChange_WhenAnExecutiveGivesAReason_ExpectRejectedWithTheReasonStoredButNeverAudited()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await executive.PostJsonAsync($"/changes/{changeId}/reject", """{"rejection_reason":"Ask Dana Smith for a maintenance window"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal("rejected", change.GetProperty("status").GetString());
        Assert.Equal("Ask Dana Smith for a maintenance window", change.GetProperty("rejection_reason").GetString());
        var audit = await (await admin.GetAsync("/audit-trail?take=100")).Content.ReadAsStringAsync();
        Assert.Contains("\"action\":\"reject\"", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Dana Smith", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectChange_WhenNoBodyIsSent_ExpectRejectedWithoutReason()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestChangeAsync(factory, WebApiFactory.TechnicalSupport, "normal", "low");
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var response = await incidentManager.PostAsync($"/changes/{changeId}/reject", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal("rejected", change.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, change.GetProperty("rejection_reason").ValueKind);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task DecideChange_WhenTheChangeIsNoLongerRequested_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        Assert.Equal(HttpStatusCode.OK, (await executive.PostAsync($"/changes/{changeId}/approve", null)).StatusCode);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await executive.PostAsync($"/changes/{changeId}/{action}", null));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal("validation_failed", problem.Code);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RejectChange_WhenTheReasonHasTheWrongJsonType_ExpectValidationProblemNamingRejectionReason()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var problem = await Problem.ReadAsync(await executive.PostJsonAsync($"/changes/{changeId}/reject", """{"rejection_reason":42}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("rejection_reason", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task DecideChange_WhenTheChangeDoesNotExist_ExpectNotFoundNamingChangeId(string action)
    {
        using var factory = new WebApiFactory();
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var problem = await Problem.ReadAsync(await executive.PostAsync($"/changes/999/{action}", null));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("change_id", "not_found"), problem.FieldErrors);
    }
}
