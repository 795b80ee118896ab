using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class HostileArgumentsTests
{
    [Fact]
    public async Task EveryWritingTool_WhenSentHostileArguments_ExpectCleanHaltsAndNothingChanged()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);
        var megabyte = new string('x', 1024 * 1024);
        (string Tool, string Arguments, string Field, string Code)[] attacks =
        [
            ("create_client", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup","sql":"1; DROP TABLE clients"}""", "sql", "unknown_field"),
            ("create_client", """{"client_name":["Acme"],"registration_number":9,"contact_email":true,"client_type":{"value":"startup"}}""", "client_type", "invalid"),
            ("create_client", $$"""{"client_name":"{{megabyte}}","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"startup"}""", "client_name", "too_long"),
            ("create_client", """{"client_name":"Acme","registration_number":"REG-9","contact_email":"hello@acme.example","client_type":"Start-Up"}""", "client_type", "invalid"),
            ("register_user", $$"""{"name":"Mallory","email":"mallory@example.com","role":"system_administrator","status":"{{megabyte}}"}""", "status", "too_long"),
            ("register_user", """{"name":"Mallory","email":"mallory@example.com","role":"root"}""", "role", "invalid"),
            ("update_user", """{"user_id":"3","change_set":{"role":"system_administrator","acting_user":"1"}}""", "acting_user", "unknown_field"),
            ("update_user", """{"user_id":"3","change_set":"role=system_administrator"}""", "change_set", "invalid"),
            ("update_client", """{"client_id":"100","change_set":{}}""", "change_set", "empty_change_set"),
            ("update_client", """{"client_id":"100","change_set":{"status":1}}""", "status", "invalid"),
            ("create_vendor", """{"vendor_name":"X","vendor_email":"x@x.example","vendor_phone":"call me","vendor_type":"cloud_provider","actor_user_id":"1"}""", "actor_user_id", "unknown_field"),
            ("no_such_tool", "{}", "name", "unknown_tool"),
        ];

        foreach (var (tool, arguments, field, code) in attacks)
        {
            var outcome = await session.CallAsync(tool, arguments);

            Assert.True(outcome.IsError, tool);
            Assert.Equal("validation_failed", outcome.HaltCode);
            Assert.Contains((field, code), outcome.FieldErrors);
            Assert.DoesNotContain("xxxxxxxx", outcome.Body.GetRawText(), StringComparison.Ordinal);
        }

        Assert.Empty(await session.ToolAuditEntriesAsync());
        var support = await session.CallAsync("find_user", $$"""{"user_id":"{{SeedData.TechnicalSupport}}"}""");
        Assert.Equal("technical_support", support.Text("role"));
        Assert.Equal("active", (await session.CallAsync("find_client", $$"""{"client_id":"{{SeedData.Northwind}}"}""")).Text("status"));
    }

    [Fact]
    public async Task IncidentTools_WhenSentHostileArguments_ExpectCleanHaltsAndNothingChanged()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var megabyte = new string('x', 1024 * 1024);
        var incident = SeedData.NorthwindIncident;
        (string Tool, string Arguments, string Field, string Code)[] attacks =
        [
            ("report_incident", $$"""{"title":"{{megabyte}}","category":"outage","severity":"P2","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"2025-09-25T09:00:00Z"}""", "title", "too_long"),
            ("report_incident", $$"""{"title":"Down","category":"outage","classification_flags":"p1","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"2025-09-25T09:00:00Z"}""", "classification_flags", "invalid"),
            ("report_incident", $$"""{"title":"Down","category":"outage","severity":"p2","impact_level":"High","urgency_level":"high","client_id":"100","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"2025-09-25T09:00:00Z"}""", "impact_level", "invalid"),
            ("report_incident", $$"""{"title":"Down","category":"outage","severity":"P2","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"yesterday"}""", "detection_timestamp", "invalid"),
            ("update_incident", $$$"""{"incident_id":"{{{incident}}}","change_set":{"status":["resolved"]}}""", "status", "invalid"),
            ("update_incident", $$$"""{"incident_id":"{{{incident}}}","change_set":{"reporter_user_id":"1"}}""", "reporter_user_id", "not_editable"),
            ("update_incident", $$$"""{"incident_id":"{{{incident}}}","change_set":{}}""", "change_set", "empty_change_set"),
            ("list_client_incidents", """{"client_id":"100","take":-1}""", "take", "invalid"),
            ("update_communication_delivery", """{"communication_id":"1","delivery_status":"read"}""", "delivery_status", "invalid"),
            ("complete_post_incident_review", """{"review_id":"1","overall_rating":5}""", "overall_rating", "invalid"),
        ];

        foreach (var (tool, arguments, field, code) in attacks)
        {
            var outcome = await session.CallAsync(tool, arguments);

            Assert.True(outcome.IsError, tool);
            Assert.Equal("validation_failed", outcome.HaltCode);
            Assert.Contains((field, code), outcome.FieldErrors);
            Assert.DoesNotContain("xxxxxxxx", outcome.Body.GetRawText(), StringComparison.Ordinal);
        }

        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{incident}}"}""");
        Assert.Equal("open", read.Body.GetProperty("incident").GetProperty("status").GetString());
        Assert.Single((await session.CallAsync("list_client_incidents", """{"client_id":"100"}""")).Body.GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task IncidentTools_WhenArgumentsForgeAnActorReporterSenderOrEscalator_ExpectUnknownFieldsAndNothingRecorded()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var incident = SeedData.NorthwindIncident;
        (string Tool, string Arguments, string Forged)[] forgeries =
        [
            ("report_incident", $$"""{"reporter_user_id":"1","title":"Down","category":"outage","severity":"P2","impact_level":"high","urgency_level":"high","client_id":"100","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"2025-09-25T09:00:00Z"}""", "reporter_user_id"),
            ("update_incident", $$$"""{"incident_id":"{{{incident}}}","actor_user_id":"1","change_set":{"status":"investigating"}}""", "actor_user_id"),
            ("update_incident", $$$"""{"incident_id":"{{{incident}}}","change_set":{"status":"investigating","updated_by_user":"1"}}""", "updated_by_user"),
            ("create_escalation", $$"""{"incident_id":"{{incident}}","escalated_by_user":"8","escalated_to_user":"3","escalation_level":"technical"}""", "escalated_by_user"),
            ("record_communication", $$"""{"incident_id":"{{incident}}","sender_id":"7","recipient_type":"technical_team","communication_type":"update","delivery_method":"email"}""", "sender_id"),
            ("schedule_post_incident_review", $$"""{"incident_id":"{{incident}}","acting_user":"8","facilitator_user":"3","scheduled_date":"2025-10-01T14:00:00Z"}""", "acting_user"),
        ];

        foreach (var (tool, arguments, forged) in forgeries)
        {
            var outcome = await session.CallAsync(tool, arguments);

            Assert.Equal("validation_failed", outcome.HaltCode);
            Assert.Contains((forged, "unknown_field"), outcome.FieldErrors);
        }

        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{incident}}"}""");
        Assert.Equal("open", read.Body.GetProperty("incident").GetProperty("status").GetString());
        Assert.Empty(read.Body.GetProperty("escalations").EnumerateArray());
        Assert.Empty(read.Body.GetProperty("communications").EnumerateArray());
        Assert.Single((await session.CallAsync("list_client_incidents", """{"client_id":"100"}""")).Body.GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task FindUser_WhenGivenNoKeyOrTwoKeys_ExpectValidationHalt()
    {
        await using var session = await McpServerSession.StartAsync(SeedData.Administrator);

        var none = await session.CallAsync("find_user", "{}");
        var both = await session.CallAsync("find_user", """{"user_id":"1","email":"ada@example.com"}""");

        Assert.Contains(("lookup", "required"), none.FieldErrors);
        Assert.Contains(("lookup", "invalid"), both.FieldErrors);
    }
}
