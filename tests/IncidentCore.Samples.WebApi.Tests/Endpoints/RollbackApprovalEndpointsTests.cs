using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class RollbackApprovalEndpointsTests
{
    [Theory]
    [InlineData(WebApiFactory.IncidentManager)]
    [InlineData(WebApiFactory.Executive)]
    public async Task ApproveRollback_WhenAnApproverApprovesIt_ExpectApprovedByThemAndAudited(string approver)
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var client = factory.ClientFor(approver);
        var before = await Json.AuditTotalAsync(factory);

        var response = await client.PostAsync($"/rollbacks/{rollbackId}/approve", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rollback = await response.ReadJsonAsync();
        Assert.Equal("approved", rollback.GetProperty("status").GetString());
        Assert.Equal(approver, rollback.GetProperty("approved_by_user").GetString());
        Assert.Equal(before + 1, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RejectRollback_WhenAnExecutiveGivesAReason_ExpectRejectedWithTheReason()
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var response = await executive.PostJsonAsync($"/rollbacks/{rollbackId}/reject", """{"rejection_reason":"the fix forward is ready"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rollback = await response.ReadJsonAsync();
        Assert.Equal("rejected", rollback.GetProperty("status").GetString());
        Assert.Equal("the fix forward is ready", rollback.GetProperty("rejection_reason").GetString());
    }

    [Theory]
    [InlineData("approve", WebApiFactory.TechnicalSupport)]
    [InlineData("reject", WebApiFactory.Administrator)]
    [InlineData("approve", WebApiFactory.GlobexContact)]
    public async Task DecideRollback_WhenTheRoleMayNotDecideRollbacks_ExpectForbiddenRoleNotPermittedAndStillRequested(string action, string actor)
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var client = factory.ClientFor(actor);

        var problem = await Problem.ReadAsync(await client.PostAsync($"/rollbacks/{rollbackId}/{action}", null));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
        Assert.Equal("requested", (await ApprovalSteps.ReadAsync(factory, $"/rollbacks/{rollbackId}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task DecideRollback_WhenTheRollbackIsNoLongerRequested_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var (rollbackId, _) = await ApprovalSteps.ApprovedRollbackAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var problem = await Problem.ReadAsync(await executive.PostAsync($"/rollbacks/{rollbackId}/{action}", null));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task DecideRollback_WhenTheRollbackDoesNotExist_ExpectNotFoundNamingRollbackId(string action)
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostAsync($"/rollbacks/999/{action}", null));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("rollback_id", "not_found"), problem.FieldErrors);
    }
}
