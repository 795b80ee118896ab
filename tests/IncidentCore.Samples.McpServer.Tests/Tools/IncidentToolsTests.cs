using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class IncidentToolsTests
{
    private const string Outage = $$"""
        {"title":"Card payments failing","category":"outage","classification_flags":{"p1_complete_outage_no_workaround":true,"p3_single_department_or_non_critical":true},
         "impact_level":"critical","urgency_level":"critical","client_id":"{{SeedData.Northwind}}","component_id":"{{SeedData.PaymentsDatabase}}","detection_timestamp":"2025-09-25T09:30:00Z"}
        """;

    [Fact]
    public async Task ReportIncident_WhenFlagsGiven_ExpectP1OpenIncidentReportedByTheSessionActorAndAuditedWithoutItsTitle()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.Administrator);

        var reported = await session.CallAsync("report_incident", Outage);
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{reported.Text("incident_id")}}"}""");

        Assert.False(reported.IsError, reported.Body.GetRawText());
        var incident = read.Body.GetProperty("incident");
        Assert.Equal("P1", incident.GetProperty("severity").GetString());
        Assert.Equal("open", incident.GetProperty("status").GetString());
        Assert.Equal(SeedData.Administrator, incident.GetProperty("reporter_user_id").GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("resolution_timestamp").ValueKind);
        var entry = Assert.Single(await session.ToolAuditEntriesAsync(), e => e.GetProperty("entity_id").GetString() == reported.Text("incident_id"));
        Assert.Equal("create", entry.GetProperty("action").GetString());
        Assert.DoesNotContain("Card payments failing", entry.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportIncident_WhenSeverityCannotBeDeterminedOrFlagIsUnknownOrDetectionIsInTheFuture_ExpectEachFieldNamed()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var noSeverity = await session.CallAsync("report_incident", Outage.Replace(
            "\"classification_flags\":{\"p1_complete_outage_no_workaround\":true,\"p3_single_department_or_non_critical\":true},", "", StringComparison.Ordinal));
        var disagreement = await session.CallAsync("report_incident", Outage.Replace("""{"title":""", """{"severity":"P4","title":""", StringComparison.Ordinal));
        var unknownFlag = await session.CallAsync("report_incident", Outage.Replace("p3_single_department_or_non_critical", "p0_everything_on_fire", StringComparison.Ordinal));
        var future = await session.CallAsync("report_incident", Outage.Replace("2025-09-25T09:30:00Z", "2999-01-01T00:00:00Z", StringComparison.Ordinal));
        var flagNotBoolean = await session.CallAsync("report_incident", Outage.Replace("true,", "\"yes\",", StringComparison.Ordinal));

        Assert.Contains(("severity", "invalid"), noSeverity.FieldErrors);
        Assert.Contains(("severity", "invalid"), disagreement.FieldErrors);
        Assert.Contains(("p0_everything_on_fire", "unknown_field"), unknownFlag.FieldErrors);
        Assert.Contains(("detection_timestamp", "invalid"), future.FieldErrors);
        Assert.Contains(("p1_complete_outage_no_workaround", "invalid"), flagNotBoolean.FieldErrors);
        Assert.All([noSeverity, disagreement, unknownFlag, future, flagNotBoolean], o => Assert.Equal("validation_failed", o.HaltCode));
        var list = await session.CallAsync("list_client_incidents", $$"""{"client_id":"{{SeedData.Northwind}}"}""");
        Assert.Single(list.Body.GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task UpdateIncident_WhenStatusMovesAndAssigneeChanges_ExpectHistoryRowsAndResolutionTimestampFollowingTheStatus()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var incident = $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","change_set":""";

        var investigating = await session.CallAsync("update_incident", incident + $$$"""{"status":"investigating","assigned_to_user_id":"{{{SeedData.TechnicalSupport}}}"}}""");
        var resolved = await session.CallAsync("update_incident", incident + """{"status":"resolved","title":"Checkout latency on card payments"}}""");
        var reopened = await session.CallAsync("update_incident", incident + """{"status":"in_progress"}}""");
        var details = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.Equal(SeedData.TechnicalSupport, investigating.Text("assigned_to_user_id"));
        Assert.NotEqual(JsonValueKind.Null, resolved.Body.GetProperty("resolution_timestamp").ValueKind);
        Assert.Equal("in_progress", reopened.Text("status"));
        Assert.Equal(JsonValueKind.Null, reopened.Body.GetProperty("resolution_timestamp").ValueKind);
        var history = details.Body.GetProperty("history").EnumerateArray()
            .Select(h => $"{h.GetProperty("field_changed").GetString()} {h.GetProperty("update_type").GetString()} {h.GetProperty("old_value").GetString()}>{h.GetProperty("new_value").GetString()}")
            .ToList();
        Assert.Equal(
            ["status status_change open>investigating", "assigned_to_user_id assignment_change >3", "status status_change investigating>resolved", "title details_change >", "status status_change resolved>in_progress"],
            history);
    }

    [Fact]
    public async Task UpdateIncident_WhenStatusSkipsTheLifecycleOrIncidentIsUnknown_ExpectHaltsAndNothingChanged()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var skipped = await session.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.NorthwindIncident}}}","change_set":{"status":"closed"}}""");
        var outsider = await session.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.NorthwindIncident}}}","change_set":{"assigned_to_user_id":"{{{SeedData.NorthwindContact}}}"}}""");
        var missing = await session.CallAsync("update_incident", """{"incident_id":"999","change_set":{"status":"investigating"}}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.Contains(("status", "invalid"), skipped.FieldErrors);
        Assert.Contains(("assigned_to_user_id", "invalid"), outsider.FieldErrors);
        Assert.Equal("not_found", missing.HaltCode);
        Assert.Equal("open", read.Body.GetProperty("incident").GetProperty("status").GetString());
        Assert.Empty(read.Body.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task UpdateIncident_WhenVendorContactOfTheIncidentsVendorActs_ExpectStatusMoveAllowedAndOtherChangesRefused()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.CloudCoContact);

        var status = await session.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.NorthwindIncident}}}","change_set":{"status":"investigating"}}""");
        var severity = await session.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.NorthwindIncident}}}","change_set":{"severity":"P1"}}""");

        Assert.False(status.IsError, status.Body.GetRawText());
        Assert.Equal("investigating", status.Text("status"));
        Assert.Equal("unauthorized", severity.HaltCode);
    }

    [Fact]
    public async Task GetIncident_WhenStaffAsksForAnIncidentNobodyReported_ExpectNotFound()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);

        var missing = await session.CallAsync("get_incident", """{"incident_id":"999"}""");
        var seeded = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.ContosoIncident}}"}""");

        Assert.Equal("not_found", missing.HaltCode);
        Assert.Contains(("incident_id", "not_found"), missing.FieldErrors);
        Assert.Equal("P2", seeded.Body.GetProperty("incident").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task ListClientIncidents_WhenMoreThanAPage_ExpectPagesByKeyInReportOrderAndTakeChecked()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);
        var second = (await session.CallAsync("report_incident", Outage)).Text("incident_id");
        var third = (await session.CallAsync("report_incident", Outage)).Text("incident_id");

        var first = await session.CallAsync("list_client_incidents", $$"""{"client_id":"{{SeedData.Northwind}}","take":2}""");
        var next = await session.CallAsync("list_client_incidents", $$"""{"client_id":"{{SeedData.Northwind}}","take":2,"after":"{{first.Text("next_after")}}"}""");
        var tooMany = await session.CallAsync("list_client_incidents", $$"""{"client_id":"{{SeedData.Northwind}}","take":101}""");

        Assert.Equal([SeedData.NorthwindIncident, second], Ids(first));
        Assert.Equal([third], Ids(next));
        Assert.Equal(JsonValueKind.Null, next.Body.GetProperty("next_after").ValueKind);
        Assert.Contains(("take", "invalid"), tooMany.FieldErrors);
    }

    private static string[] Ids(ToolOutcome page) =>
        [.. page.Body.GetProperty("incidents").EnumerateArray().Select(i => i.GetProperty("incident_id").GetString()!)];
}
