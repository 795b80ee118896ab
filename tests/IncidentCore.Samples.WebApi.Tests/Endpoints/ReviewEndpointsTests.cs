using System.Net;
using System.Text.Json;
using IncidentCore.Samples.WebApi.Tests.Support;

namespace IncidentCore.Samples.WebApi.Tests.Endpoints;

public sealed class ReviewEndpointsTests
{
    private const string Schedule = """{"facilitator_user":"3","scheduled_date":"2025-10-01T09:00:00Z"}""";

    [Fact]
    public async Task ScheduleReview_WhenExecutiveSchedulesOneForAClosedIncident_ExpectCreatedAndAudited()
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        await IncidentSteps.CloseAsync(factory, incidentId);
        using var executive = factory.ClientFor(WebApiFactory.Executive);
        var before = await Json.AuditTotalAsync(factory);

        var created = await executive.PostJsonAsync($"/incidents/{incidentId}/reviews", Schedule);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False(string.IsNullOrEmpty((await created.ReadJsonAsync()).GetProperty("review_id").GetString()));
        Assert.Equal(before + 1, await Json.AuditTotalAsync(factory));
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact)]
    [InlineData(WebApiFactory.GlobexContact)]
    public async Task ScheduleReview_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OutsiderIncidentAsync(factory);
        await IncidentSteps.CloseAsync(factory, incidentId);
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync($"/incidents/{incidentId}/reviews", Schedule));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData(false, Schedule, "incident_id")]
    [InlineData(true, """{"facilitator_user":"6","scheduled_date":"2025-10-01T09:00:00Z"}""", "facilitator_user")]
    [InlineData(true, """{"facilitator_user":"3","scheduled_date":"next week"}""", "scheduled_date")]
    [InlineData(true, """{"scheduled_date":"2025-10-01T09:00:00Z"}""", "facilitator_user")]
    public async Task ScheduleReview_WhenIncidentIsOpenOrInputIsInvalid_ExpectValidationProblemNamingTheField(bool closed, string body, string field)
    {
        using var factory = new WebApiFactory();
        var incidentId = await IncidentSteps.OwnIncidentAsync(factory);
        if (closed)
        {
            await IncidentSteps.CloseAsync(factory, incidentId);
        }

        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        var before = await Json.AuditTotalAsync(factory);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/incidents/{incidentId}/reviews", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(problem.FieldErrors, e => e.Field == field);
        Assert.Equal(before, await Json.AuditTotalAsync(factory));
    }

    [Fact]
    public async Task ScheduleReview_WhenIncidentDoesNotExist_ExpectNotFoundNamingIncidentId()
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync("/incidents/999/reviews", Schedule));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("incident_id", "not_found"), problem.FieldErrors);
    }

    [Fact]
    public async Task CompleteReview_WhenIncidentManagerRatesIt_ExpectCompletedWithRatingAndCompletedAt()
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var response = await incidentManager.PostJsonAsync($"/reviews/{reviewId}/complete", """{"overall_rating":"needs_improvement"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = await response.ReadJsonAsync();
        Assert.Equal("completed", review.GetProperty("status").GetString());
        Assert.Equal("needs_improvement", review.GetProperty("overall_rating").GetString());
        Assert.NotEqual(JsonValueKind.Null, review.GetProperty("completed_at").ValueKind);
    }

    [Fact]
    public async Task CancelReview_WhenExecutiveCancelsIt_ExpectCancelledWithoutRating()
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var executive = factory.ClientFor(WebApiFactory.Executive);

        var response = await executive.PostAsync($"/reviews/{reviewId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var review = await response.ReadJsonAsync();
        Assert.Equal("cancelled", review.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("overall_rating").ValueKind);
    }

    [Theory]
    [InlineData(WebApiFactory.NorthwindContact, "complete")]
    [InlineData(WebApiFactory.GlobexContact, "complete")]
    [InlineData(WebApiFactory.NorthwindContact, "cancel")]
    [InlineData(WebApiFactory.GlobexContact, "cancel")]
    public async Task CloseReview_WhenActorIsAContact_ExpectForbiddenRoleNotPermitted(string contact, string action)
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var client = factory.ClientFor(contact);

        var problem = await Problem.ReadAsync(await client.PostJsonAsync($"/reviews/{reviewId}/{action}", BodyFor(action)));

        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("role_not_permitted", problem.DenialReason);
    }

    [Theory]
    [InlineData("""{}""", "overall_rating", "required")]
    [InlineData("""{"overall_rating":"great"}""", "overall_rating", "invalid")]
    [InlineData("""{"overall_rating":"good","facilitator_user":"4"}""", "facilitator_user", "unknown_field")]
    public async Task CompleteReview_WhenRatingIsMissingOrInvalid_ExpectValidationProblemNamingTheField(string body, string field, string code)
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/reviews/{reviewId}/complete", body));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains((field, code), problem.FieldErrors);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("cancel")]
    public async Task CloseReview_WhenAlreadyCompleted_ExpectValidationProblemNamingStatus(string action)
    {
        using var factory = new WebApiFactory();
        var reviewId = await IncidentSteps.ScheduledReviewAsync(factory);
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);
        await incidentManager.PostJsonAsync($"/reviews/{reviewId}/complete", """{"overall_rating":"good"}""");

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/reviews/{reviewId}/{action}", action == "complete" ? """{"overall_rating":"poor"}""" : "{}"));

        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Contains(("status", "invalid"), problem.FieldErrors);
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("cancel")]
    public async Task CloseReview_WhenReviewDoesNotExist_ExpectNotFoundNamingReviewId(string action)
    {
        using var factory = new WebApiFactory();
        using var incidentManager = factory.ClientFor(WebApiFactory.IncidentManager);

        var problem = await Problem.ReadAsync(await incidentManager.PostJsonAsync($"/reviews/999/{action}", BodyFor(action)));

        Assert.Equal(HttpStatusCode.NotFound, problem.Status);
        Assert.Contains(("review_id", "not_found"), problem.FieldErrors);
    }

    /// <summary>A valid body for the action: a rating to complete, nothing to cancel (a cancellation takes no fields).</summary>
    private static string BodyFor(string action) => action == "complete" ? """{"overall_rating":"good"}""" : "{}";
}
