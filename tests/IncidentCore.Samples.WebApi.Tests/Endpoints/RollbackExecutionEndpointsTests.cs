using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class RollbackExecutionEndpointsTests
{
    [Fact]
    public async Task StartRollback_WhenTechnicalSupportStartsAnApprovedOne_ExpectInProgress()
    {
        using var factory = new WebApiFactory();
        var (rollbackId, _) = await ApprovalSteps.ApprovedRollbackAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var response = await support.PostAsync($"/rollbacks/{rollbackId}/start", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rollback = await response.ReadJsonAsync();
        Assert.Equal("in_progress", rollback.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rollback.GetProperty("completed_at").ValueKind);
    }

    [Fact]
    public async Task CompleteRollback_WhenInProgress_ExpectCompletedAndItsChangeRolledBack()
    {
        using var factory = new WebApiFactory();
        var (rollbackId, changeId) = await ApprovalSteps.RunningRollbackAsync(factory);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await admin.PostAsync($"/rollbacks/{rollbackId}/complete", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rollback = await response.ReadJsonAsync();
        Assert.Equal("completed", rollback.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, rollback.GetProperty("completed_at").ValueKind);
        Assert.Equal("rolled_back", (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task FailRollback_WhenInProgress_ExpectFailedAndItsChangeLeftAsItWas()
    {
        using var factory = new WebApiFactory();
        var (rollbackId, changeId) = await ApprovalSteps.RunningRollbackAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var response = await support.PostAsync($"/rollbacks/{rollbackId}/fail", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("failed", (await response.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal("failed", (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("start", WebApiFactory.IncidentManager)]
    [InlineData("complete", WebApiFactory.Executive)]
    [InlineData("fail", WebApiFactory.GlobexContact)]
    public async Task ExecuteRollback_WhenTheRoleMayNotRunRollbacks_ExpectForbiddenRoleNotPermitted(string action, string actor)
    {
        using var factory = new WebApiFactory();
        var (rollbackId, _) = action == "start" ? await ApprovalSteps.ApprovedRollbackAsync(factory) : await ApprovalSteps.RunningRollbackAsync(factory);
        using var client = factory.ClientFor(actor);

        var problem = await Problem.ReadAsync(await client.PostAsync($"/rollbacks/{rollbackId}/{action}", null));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("complete")]
    [InlineData("fail")]
    public async Task ExecuteRollback_WhenTheRollbackIsStillRequested_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var rollbackId = await ApprovalSteps.RequestedRollbackAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostAsync($"/rollbacks/{rollbackId}/{action}", null));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("complete")]
    [InlineData("fail")]
    public async Task ExecuteRollback_WhenTheRollbackDoesNotExist_ExpectNotFoundNamingRollbackId(string action)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostAsync($"/rollbacks/999/{action}", null));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("rollback_id", "not_found"), problem.FieldErrors);
    }
}
