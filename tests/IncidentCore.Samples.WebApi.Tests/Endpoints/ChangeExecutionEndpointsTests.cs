using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ChangeExecutionEndpointsTests
{
    private const string Window = """{"scheduled_start_time":"2099-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T23:00:00Z"}""";

    [Fact]
    public async Task ScheduleChange_WhenTechnicalSupportSchedulesAnApprovedChange_ExpectScheduledWithItsWindow()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.ApprovedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var response = await support.PostJsonAsync($"/changes/{changeId}/schedule", Window);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal("scheduled", change.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2099, 3, 1, 22, 0, 0, TimeSpan.Zero), change.GetProperty("scheduled_start_time").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2099, 3, 1, 23, 0, 0, TimeSpan.Zero), change.GetProperty("scheduled_end_time").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("""{"scheduled_start_time":"2099-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T21:00:00Z"}""", "scheduled_end_time", "invalid")]
    [InlineData("""{"scheduled_start_time":"2000-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T23:00:00Z"}""", "scheduled_start_time", "invalid")]
    [InlineData("""{"scheduled_end_time":"2099-03-01T23:00:00Z"}""", "scheduled_start_time", "required")]
    [InlineData("""{"scheduled_start_time":"tonight","scheduled_end_time":"2099-03-01T23:00:00Z"}""", "scheduled_start_time", "invalid")]
    [InlineData("""{"status":"scheduled","scheduled_start_time":"2099-03-01T22:00:00Z","scheduled_end_time":"2099-03-01T23:00:00Z"}""", "status", "unknown_field")]
    public async Task ScheduleChange_WhenTheWindowIsInvalid_ExpectValidationProblemNamingTheField(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.ApprovedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync($"/changes/{changeId}/schedule", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
        Assert.Equal("approved", (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ScheduleChange_WhenTheChangeIsStillRequested_ExpectValidationProblemNamingStatus()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync($"/changes/{changeId}/schedule", Window));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Fact]
    public async Task StartChange_WhenTheChangeIsApproved_ExpectInProgressWithActualStartTimeAndAuditedAsExecute()
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.ApprovedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await support.PostAsync($"/changes/{changeId}/start", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal("in_progress", change.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, change.GetProperty("actual_start_time").ValueKind);
        Assert.Equal(JsonValueKind.Null, change.GetProperty("actual_end_time").ValueKind);
        var entries = (await (await admin.GetAsync("/audit-trail?take=100")).ReadJsonAsync()).GetProperty("entries");
        Assert.Equal("execute", entries[entries.GetArrayLength() - 1].GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("complete", "completed")]
    [InlineData("fail", "failed")]
    public async Task EndChange_WhenTheChangeIsInProgress_ExpectEndedWithActualEndTime(string action, string status)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RunningChangeAsync(factory);
        using var admin = factory.ClientFor(WebApiFactory.Administrator);

        var response = await admin.PostAsync($"/changes/{changeId}/{action}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = await response.ReadJsonAsync();
        Assert.Equal(status, change.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, change.GetProperty("actual_end_time").ValueKind);
    }

    [Theory]
    [InlineData("schedule", WebApiFactory.IncidentManager)]
    [InlineData("start", WebApiFactory.IncidentManager)]
    [InlineData("complete", WebApiFactory.Executive)]
    [InlineData("fail", WebApiFactory.NorthwindContact)]
    public async Task ExecuteChange_WhenTheRoleMayNotCarryOutChanges_ExpectForbiddenRoleNotPermittedAndUnchanged(string action, string actor)
    {
        using var factory = new WebApiFactory();
        var changeId = action is "schedule" or "start" ? await ApprovalSteps.ApprovedChangeAsync(factory) : await ApprovalSteps.RunningChangeAsync(factory);
        var before = (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString();
        using var client = factory.ClientFor(actor);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync($"/changes/{changeId}/{action}", action == "schedule" ? Window : "{}"));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
        Assert.Equal(before, (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("start")]
    [InlineData("complete")]
    [InlineData("fail")]
    public async Task ExecuteChange_WhenTheChangeIsNotInAStatusTheStepStartsFrom_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var changeId = action == "start" ? await ApprovalSteps.RequestedHighRiskChangeAsync(factory) : await ApprovalSteps.ApprovedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostAsync($"/changes/{changeId}/{action}", null));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("start")]
    [InlineData("complete")]
    [InlineData("fail")]
    public async Task ExecuteChange_WhenTheChangeDoesNotExist_ExpectNotFoundNamingChangeId(string action)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync($"/changes/999/{action}", action == "schedule" ? Window : "{}"));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("change_id", "not_found"), problem.FieldErrors);
    }
}
