using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class CommunicationToolsTests
{
    [Fact]
    public async Task RecordCommunicationAndUpdateDelivery_WhenIncidentManagerNotifiesTheTechnicalTeam_ExpectSentByTheSessionActorThenDelivered()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var recorded = await session.CallAsync("record_communication",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","recipient_type":"technical_team","communication_type":"notification","delivery_method":"email"}""");
        var sent = await session.CallAsync("update_communication_delivery", $$"""{"communication_id":"{{recorded.Text("communication_id")}}","delivery_status":"sent"}""");
        var delivered = await session.CallAsync("update_communication_delivery", $$"""{"communication_id":"{{recorded.Text("communication_id")}}","delivery_status":"delivered"}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.False(recorded.IsError, recorded.Body.GetRawText());
        Assert.NotEqual(JsonValueKind.Null, sent.Body.GetProperty("sent_at").ValueKind);
        Assert.Equal(sent.Body.GetProperty("sent_at").GetString(), delivered.Body.GetProperty("sent_at").GetString());
        var communication = Assert.Single(read.Body.GetProperty("communications").EnumerateArray());
        Assert.Equal(SeedData.IncidentManager, communication.GetProperty("sender_id").GetString());
        Assert.Equal("delivered", communication.GetProperty("delivery_status").GetString());
    }

    [Fact]
    public async Task RecordCommunication_WhenVendorContactReportsOnItsVendorsIncidentToTheClientContact_ExpectRecorded()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.CloudCoContact);

        var recorded = await session.CallAsync("record_communication",
            $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","recipient_id":"{{SeedData.NorthwindContact}}","communication_type":"update","delivery_method":"dashboard_notification","delivery_status":"sent"}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.False(recorded.IsError, recorded.Body.GetRawText());
        var communication = Assert.Single(read.Body.GetProperty("communications").EnumerateArray());
        Assert.Equal(SeedData.CloudCoContact, communication.GetProperty("sender_id").GetString());
        Assert.Equal(SeedData.NorthwindContact, communication.GetProperty("recipient_id").GetString());
    }

    [Fact]
    public async Task RecordCommunicationAndUpdateDelivery_WhenRecipientIsMissingOrAnOutsiderOrDeliverySkipsSent_ExpectFieldNamedAndNothingChanged()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var incident = SeedData.NorthwindIncident;

        var noRecipient = await session.CallAsync("record_communication", $$"""{"incident_id":"{{incident}}","communication_type":"update","delivery_method":"sms"}""");
        var outsider = await session.CallAsync("record_communication", $$"""{"incident_id":"{{incident}}","recipient_id":"{{SeedData.GlobexContact}}","communication_type":"update","delivery_method":"sms"}""");
        var recorded = await session.CallAsync("record_communication", $$"""{"incident_id":"{{incident}}","recipient_type":"all_stakeholders","communication_type":"update","delivery_method":"chat"}""");
        var skipped = await session.CallAsync("update_communication_delivery", $$"""{"communication_id":"{{recorded.Text("communication_id")}}","delivery_status":"delivered"}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{incident}}"}""");

        Assert.Contains(("recipient_id", "invalid"), noRecipient.FieldErrors);
        Assert.Contains(("recipient_id", "invalid"), outsider.FieldErrors);
        Assert.Contains(("delivery_status", "invalid"), skipped.FieldErrors);
        var communication = Assert.Single(read.Body.GetProperty("communications").EnumerateArray());
        Assert.Equal("pending", communication.GetProperty("delivery_status").GetString());
        Assert.Equal(JsonValueKind.Null, communication.GetProperty("sent_at").ValueKind);
    }
}
