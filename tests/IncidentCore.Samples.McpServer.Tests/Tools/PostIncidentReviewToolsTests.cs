using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class PostIncidentReviewToolsTests
{
    [Fact]
    public async Task ScheduleAndCompleteReview_WhenIncidentIsClosed_ExpectScheduledThenCompletedWithItsRating()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        await CloseAsync(session, SeedData.NorthwindIncident);

        var scheduled = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","facilitator_user":"{{SeedData.TechnicalSupport}}","scheduled_date":"2025-10-01T14:00:00Z"}""");
        var completed = await session.CallAsync("complete_post_incident_review", $$"""{"review_id":"{{scheduled.Text("review_id")}}","overall_rating":"good"}""");

        Assert.False(scheduled.IsError, scheduled.Body.GetRawText());
        Assert.Equal("completed", completed.Text("status"));
        Assert.Equal("good", completed.Text("overall_rating"));
        Assert.Equal(SeedData.TechnicalSupport, completed.Text("facilitator_user"));
        Assert.NotEqual(JsonValueKind.Null, completed.Body.GetProperty("completed_at").ValueKind);
    }

    [Fact]
    public async Task CancelReview_WhenScheduled_ExpectCancelledAndThenFinal()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Executive);
        await CloseAsync(session, SeedData.ContosoIncident);
        var scheduled = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.ContosoIncident}}","facilitator_user":"{{SeedData.IncidentManager}}","scheduled_date":"2025-10-02T09:00:00Z"}""");

        var cancelled = await session.CallAsync("cancel_post_incident_review", $$"""{"review_id":"{{scheduled.Text("review_id")}}"}""");
        var completeAfter = await session.CallAsync("complete_post_incident_review", $$"""{"review_id":"{{scheduled.Text("review_id")}}","overall_rating":"poor"}""");

        Assert.Equal("cancelled", cancelled.Text("status"));
        Assert.Contains(("status", "invalid"), completeAfter.FieldErrors);
    }

    [Fact]
    public async Task ScheduleAndCompleteReview_WhenIncidentIsOpenFacilitatorIsAContactOrRatingMissing_ExpectFieldNamed()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var open = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.ContosoIncident}}","facilitator_user":"{{SeedData.TechnicalSupport}}","scheduled_date":"2025-10-01T14:00:00Z"}""");
        await CloseAsync(session, SeedData.NorthwindIncident);
        var contact = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","facilitator_user":"{{SeedData.NorthwindContact}}","scheduled_date":"2025-10-01T14:00:00Z"}""");
        var scheduled = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","facilitator_user":"{{SeedData.Executive}}","scheduled_date":"2025-10-01T14:00:00Z"}""");
        var noRating = await session.CallAsync("complete_post_incident_review", $$"""{"review_id":"{{scheduled.Text("review_id")}}"}""");

        Assert.Contains(("incident_id", "invalid"), open.FieldErrors);
        Assert.Contains(("facilitator_user", "invalid"), contact.FieldErrors);
        Assert.Contains(("overall_rating", "required"), noRating.FieldErrors);
    }

    [Fact]
    public async Task ScheduleReview_WhenSessionActorIsTechnicalSupport_ExpectUnauthorizedRoleNotPermitted()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var outcome = await session.CallAsync("schedule_post_incident_review",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","facilitator_user":"{{SeedData.IncidentManager}}","scheduled_date":"2025-10-01T14:00:00Z"}""");

        Assert.Equal("unauthorized", outcome.HaltCode);
        Assert.Equal("role_not_permitted", outcome.DenialReason);
    }

    private static async Task CloseAsync(McpServerSession session, string incidentId)
    {
        foreach (var status in new[] { "resolved", "closed" })
        {
            var moved = await session.CallAsync("update_incident", $$$"""{"incident_id":"{{{incidentId}}}","change_set":{"status":"{{{status}}}"}}""");
            Assert.False(moved.IsError, moved.Body.GetRawText());
        }
    }
}
