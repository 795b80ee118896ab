using System.Globalization;
using System.Net;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Authentication;

/// <summary>Who requests, approves or carries out a change or a rollback is the authenticated actor: a body that names one is refused, never read.</summary>
public sealed class ApprovalActingUserTests
{
    [Theory]
    [InlineData("requesting_user")]
    [InlineData("approved_by_user")]
    [InlineData("actor_user_id")]
    public async Task RequestChange_WhenBodyNamesAnActor_ExpectRejectedAsUnknownFieldAndNothingAudited(string field)
    {
        using var factory = new WebApiFactory();
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/changes",
            $$"""{"{{field}}":"{{WebApiFactory.Executive}}","title":"Raise the checkout timeout","change_type":"normal","risk_level":"high"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, "unknown_field"), problem.FieldErrors);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData("requesting_user")]
    [InlineData("approved_by_user")]
    [InlineData("actor_user_id")]
    public async Task RequestRollback_WhenBodyNamesAnActor_ExpectRejectedAsUnknownFieldAndNoRollback(string field)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.FailedChangeAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync("/rollbacks",
            $$"""{"change_id":"{{changeId}}","{{field}}":"{{WebApiFactory.IncidentManager}}"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, "unknown_field"), problem.FieldErrors);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData("approve", """{"approved_by_user":"8"}""", "approved_by_user")]
    [InlineData("approve", """{"actor_user_id":"8"}""", "actor_user_id")]
    [InlineData("reject", """{"rejection_reason":"not now","actor_user_id":"8"}""", "actor_user_id")]
    public async Task DecideChange_WhenBodyNamesTheDecidingUser_ExpectRejectedAsUnknownFieldAndStillRequested(string action, string body, string field)
    {
        using var factory = new WebApiFactory();
        var changeId = await ApprovalSteps.RequestedHighRiskChangeAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/changes/{changeId}/{action}", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, "unknown_field"), problem.FieldErrors);
        Assert.Equal("requested", (await ApprovalSteps.ReadAsync(factory, $"/changes/{changeId}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/changes/{0}/start")]
    [InlineData("/rollbacks/{0}/approve")]
    [InlineData("/rollbacks/{0}/reject")]
    public async Task ApprovalStep_WhenBodyNamesTheActor_ExpectRejectedAsUnknownFieldAndNothingAudited(string pathFormat)
    {
        using var factory = new WebApiFactory();
        var id = pathFormat.StartsWith("/changes", StringComparison.Ordinal)
            ? await ApprovalSteps.ApprovedChangeAsync(factory)
            : await ApprovalSteps.RequestedRollbackAsync(factory);
        using var support = factory.ClientFor(WebApiFactory.TechnicalSupport);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await support.PostJsonAsync(string.Format(CultureInfo.InvariantCulture, pathFormat, id), """{"actor_user_id":"8"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("actor_user_id", "unknown_field"), problem.FieldErrors);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task RequestChange_WhenNoActorHeaderIsSent_ExpectUnauthorized()
    {
        using var factory = new WebApiFactory();
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostJsonAsync("/changes", ApprovalSteps.ChangeBody("normal", "low"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await Json.AuditTotalAsync(factory));
    }
}
