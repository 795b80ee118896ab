using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class CommunicationAndReviewTests
{
    [Fact]
    public async Task Communication_ToAUserWhoMayReadTheIncident_IsRecordedAndItsDeliveryMovesForward()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var communicationId = ResultAssert.Succeeded(await h.Communicate.RecordAsync(Seed.IncidentManager, new CommunicationRecordRequest
        {
            IncidentId = id, RecipientId = Seed.ClientContactOfA, CommunicationType = "update", DeliveryMethod = "email",
        }));
        ResultAssert.Halted(await h.Delivery.UpdateAsync(Seed.ClientContactOfA, communicationId, "sent"), HaltCode.Unauthorized);
        var sent = ResultAssert.Succeeded(await h.Delivery.UpdateAsync(Seed.IncidentManager, communicationId, "sent"));
        ResultAssert.Halted(await h.Delivery.UpdateAsync(Seed.IncidentManager, communicationId, "pending"), HaltCode.ValidationFailed, "delivery_status");
        var delivered = ResultAssert.Succeeded(await h.Delivery.UpdateAsync(Seed.TechnicalSupport, communicationId, "delivered"));

        Assert.Equal(h.Host.Time.GetUtcNow(), sent.SentAt);
        Assert.Equal((DeliveryStatus.Delivered, sent.SentAt), (delivered.DeliveryStatus, delivered.SentAt));
        Assert.Equal(Seed.IncidentManager, Assert.Single(ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.ClientContactOfA, id)).Communications).SenderId);
    }

    [Theory]
    [InlineData(IncidentSeed.VendorContactOfB, null)]
    [InlineData(null, null)]
    public async Task Communication_ToAnOutsiderOrToNobody_HaltsNamingTheRecipient(string? recipient, string? recipientType)
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        ResultAssert.Halted(await h.Communicate.RecordAsync(Seed.IncidentManager, new CommunicationRecordRequest
        {
            IncidentId = id, RecipientId = recipient, RecipientType = recipientType, CommunicationType = "notification", DeliveryMethod = "sms",
        }), HaltCode.ValidationFailed, "recipient_id");
    }

    [Fact]
    public async Task Communication_ByAVendorContact_OnlyOnItsVendorsIncidents()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        var request = new CommunicationRecordRequest { IncidentId = id, RecipientType = "technical_team", CommunicationType = "update", DeliveryMethod = "chat" };

        ResultAssert.Succeeded(await h.Communicate.RecordAsync(Seed.VendorContactOfA, request));
        Assert.Equal(DenialReason.NotAssignedToVendor, ResultAssert.Halted(await h.Communicate.RecordAsync(IncidentSeed.VendorContactOfB, request), HaltCode.Unauthorized).DenialReason);
    }

    [Fact]
    public async Task Review_NeedsAClosedIncidentAndARatingToComplete_AndCompletedIsFinal()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        var request = new ReviewScheduleRequest { IncidentId = id, FacilitatorUser = Seed.IncidentManager, ScheduledDate = "2025-10-01T09:00:00Z" };

        ResultAssert.Halted(await h.Reviews.ScheduleAsync(Seed.IncidentManager, request), HaltCode.ValidationFailed, "incident_id");
        ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "status", "resolved" } }));
        ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "status", "closed" } }));
        ResultAssert.Halted(await h.Reviews.ScheduleAsync(Seed.TechnicalSupport, request), HaltCode.Unauthorized);
        ResultAssert.Halted(await h.Reviews.ScheduleAsync(Seed.IncidentManager, request with { FacilitatorUser = Seed.ClientContactOfA }), HaltCode.ValidationFailed, "facilitator_user");
        var reviewId = ResultAssert.Succeeded(await h.Reviews.ScheduleAsync(Seed.Executive, request));

        ResultAssert.Halted(await h.Reviews.CompleteAsync(Seed.IncidentManager, reviewId, null), HaltCode.ValidationFailed, "overall_rating");
        var completed = ResultAssert.Succeeded(await h.Reviews.CompleteAsync(Seed.IncidentManager, reviewId, "good"));
        ResultAssert.Halted(await h.Reviews.CancelAsync(Seed.IncidentManager, reviewId), HaltCode.ValidationFailed, "status");

        Assert.Equal((ReviewStatus.Completed, ReviewRating.Good, h.Host.Time.GetUtcNow()), (completed.Status, completed.OverallRating, completed.CompletedAt!.Value));
    }

    [Fact]
    public async Task Communication_ByAVendorContactToAMissingUser_IsRefusedExactlyAsToAnOutsider()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        CommunicationRecordRequest To(string recipient) => new() { IncidentId = id, RecipientId = recipient, CommunicationType = "update", DeliveryMethod = "chat" };

        var outsider = ResultAssert.Halted(await h.Communicate.RecordAsync(Seed.VendorContactOfA, To(IncidentSeed.VendorContactOfB)), HaltCode.ValidationFailed, "recipient_id");
        var missing = ResultAssert.Halted(await h.Communicate.RecordAsync(Seed.VendorContactOfA, To("u-nobody-here")), HaltCode.ValidationFailed, "recipient_id");

        Assert.Equal(outsider.Message, missing.Message);
        Assert.Equal(outsider.Errors, missing.Errors);
    }
}
