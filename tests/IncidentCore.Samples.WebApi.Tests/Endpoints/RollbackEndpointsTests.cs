using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class RollbackEndpointsTests
{
    [Fact]
    public async Task RequestRollback_WhenTechnicalSupportRequestsItForAFailedChange_ExpectCreatedRequestedByTheActorAndWaiting()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        var changeId = await ApprovalSteps.FailedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var created = await support.PostJsonAsync("/rollbacks", $$"""{"change_id":"{{changeId}}","incident_id":"{{incidentId}}"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rollbackId = (await created.ReadJsonAsync()).GetProperty("rollback_id").GetString()!;
        Assert.Equal($"/rollbacks/{rollbackId}", created.Headers.Location?.OriginalString);
        var rollback = await ApprovalSteps.ReadAsync(factory, $"/rollbacks/{rollbackId}");
        Assert.Equal("requested", rollback.GetProperty("status").GetString());
        Assert.Equal(changeId, rollback.GetProperty("change_id").GetString());
        Assert.Equal(incidentId, rollback.GetProperty("incident_id").GetString());
        Assert.Equal(WebApiFactory.TechnicalSupport, rollback.GetProperty("requesting_user").GetString());
        Assert.Equal(JsonValueKind.Null, rollback.GetProperty("approved_by_user").ValueKind);
    }

    [Theory]
    [InlineData(WebApiFactory.IncidentManager)]
    [InlineData(WebApiFactory.Executive)]
    public async Task RequestRollback_WhenAnApproverRequestsIt_ExpectApprovedByThemselves(string requester)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RunningChangeAsync(factory);

        var rollbackId = await ApprovalSteps.RequestRollbackAsync(factory, requester, changeId);

        var rollback = await ApprovalSteps.ReadAsync(factory, $"/rollbacks/{rollbackId}");
        Assert.Equal("approved", rollback.GetProperty("status").GetString());
        Assert.Equal(requester, rollback.GetProperty("approved_by_user").GetString());
    }

    [Theory]
    [InlineData(WebApiFactory.Administrator)]
    [InlineData(WebApiFactory.AccountManager)]
    [InlineData(WebApiFactory.NorthwindContact)]
    public async Task RequestRollback_WhenTheRoleMayNotRequestRollbacks_ExpectForbiddenRoleNotPermitted(string actor)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.FailedChangeAsync(factory);
        using var client = factory.ClientFor(actor);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/rollbacks", ApprovalSteps.RollbackBody(changeId)));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Fact]
    public async Task RequestRollback_WhenTheChangeHasNotRun_ExpectValidationProblemNamingChangeId()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.ApprovedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/rollbacks", ApprovalSteps.RollbackBody(changeId)));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("change_id", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("""{}""", "change_id", "required")]
    [InlineData("""{"change_id":42}""", "change_id", "invalid")]
    [InlineData("""{"change_id":"1","status":"approved"}""", "status", "unknown_field")]
    public async Task RequestRollback_WhenInputIsInvalid_ExpectValidationProblemNamingTheFieldAndNothingAudited(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/rollbacks", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RequestRollback_WhenTheChangeAlreadyHasAnOpenRollback_ExpectConflictNamingChangeId()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.FailedChangeAsync(factory);
        await ApprovalSteps.RequestRollbackAsync(factory, WebApiFactory.TechnicalSupport, changeId);
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var problem = await Problem.ReadAsync(await executive.PostJsonAsync("/rollbacks", ApprovalSteps.RollbackBody(changeId)));

        Assert.Equal(HttpStatusCode.Conflict, problem.Status);
        Assert.Contains(("change_id", "duplicate"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("""{"change_id":"999"}""", "change_id")]
    [InlineData("""{"change_id":"CHANGE","incident_id":"999"}""", "incident_id")]
    public async Task RequestRollback_WhenTheChangeOrIncidentDoesNotExist_ExpectNotFoundNamingIt(string body, string field)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.FailedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/rollbacks", body.Replace("CHANGE", changeId, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains((field, "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task GetRollback_WhenStaffReadsIt_ExpectTheRollbackInWireFormAndNotAudited()
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);
        var before = await Json.AuditTotalAsync(factory);

        var response = await admin.GetAsync($"/rollbacks/{rollbackId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rollback = await response.ReadJsonAsync();
        Assert.Equal(rollbackId, rollback.GetProperty("rollback_id").GetString());
        Assert.Equal(JsonValueKind.Null, rollback.GetProperty("completed_at").ValueKind);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task GetRollback_WhenActorIsAContact_ExpectForbiddenAsForNoRollback(string contact)
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var client = factory.ClientFor(contact);

        var existing = await Problem.ReadAsync(await client.GetAsync($"/rollbacks/{rollbackId}"));
        var missing = await Problem.ReadAsync(await client.GetAsync("/rollbacks/999"));

        Assert.Equal(HttpStatusCode.Forbidden, existing.Status);
        Assert.Equal("role_not_permitted", existing.DenialReason);
        Assert.Equal(ProblemComparison.WithoutTraceId(existing), ProblemComparison.WithoutTraceId(missing));
    }

    [Fact]
    public async Task GetRollback_WhenRollbackDoesNotExist_ExpectNotFoundNamingRollbackId()
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.GetAsync("/rollbacks/999"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("rollback_id", "not_found"), problem.FieldErrors);
    }
}
