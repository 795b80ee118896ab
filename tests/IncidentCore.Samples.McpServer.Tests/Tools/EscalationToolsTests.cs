using System.Text.Json;
using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

public sealed class EscalationToolsTests
{
    private static string Escalate(string to, string level) =>
        $$"""{"incident_id":"{{SeedData.NorthwindIncident}}","escalated_to_user":"{{to}}","escalation_level":"{{level}}","reason":"Checkout failing for every card"}""";

    [Fact]
    public async Task CreateAndResolveEscalation_WhenIncidentManagerEscalatesToAnExecutive_ExpectEscalatedByTheSessionActorThenResolved()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var created = await session.CallAsync("create_escalation", Escalate(SeedData.Executive, "executive"));
        var resolved = await session.CallAsync("resolve_escalation", $$"""{"escalation_id":"{{created.Text("escalation_id")}}"}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.False(created.IsError, created.Body.GetRawText());
        Assert.Equal("resolved", resolved.Text("status"));
        Assert.NotEqual(JsonValueKind.Null, resolved.Body.GetProperty("resolved_at").ValueKind);
        var escalation = Assert.Single(read.Body.GetProperty("escalations").EnumerateArray());
        Assert.Equal(SeedData.IncidentManager, escalation.GetProperty("escalated_by_user").GetString());
        Assert.Equal(SeedData.Executive, escalation.GetProperty("escalated_to_user").GetString());
        Assert.Equal("resolved", escalation.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CreateEscalation_WhenAnotherIsActiveAtTheLevel_ExpectDuplicateUntilItIsCancelled()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var first = await session.CallAsync("create_escalation", Escalate(SeedData.TechnicalSupport, "technical"));
        var second = await session.CallAsync("create_escalation", Escalate(SeedData.Administrator, "technical"));
        var cancelled = await session.CallAsync("cancel_escalation", $$"""{"escalation_id":"{{first.Text("escalation_id")}}"}""");
        var again = await session.CallAsync("create_escalation", Escalate(SeedData.Administrator, "technical"));
        var cancelledTwice = await session.CallAsync("cancel_escalation", $$"""{"escalation_id":"{{first.Text("escalation_id")}}"}""");

        Assert.Equal("duplicate", second.HaltCode);
        Assert.Contains(("escalation_level", "duplicate"), second.FieldErrors);
        Assert.Equal("cancelled", cancelled.Text("status"));
        Assert.False(again.IsError, again.Body.GetRawText());
        Assert.Contains(("status", "invalid"), cancelledTwice.FieldErrors);
    }

    [Fact]
    public async Task CreateEscalation_WhenTargetIsTheActorOnLeaveOrAnotherVendorsContact_ExpectTargetNamedAndNothingEscalated()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.IncidentManager);

        var self = await session.CallAsync("create_escalation", Escalate(SeedData.IncidentManager, "management"));
        var onLeave = await session.CallAsync("create_escalation", Escalate(SeedData.ExecutiveOnLeave, "executive"));
        var otherVendor = await session.CallAsync("create_escalation", Escalate(SeedData.GlobexContact, "vendor"));
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.Contains(("escalated_to_user", "invalid"), self.FieldErrors);
        Assert.Contains(("escalated_to_user", "invalid"), onLeave.FieldErrors);
        Assert.Contains(("escalated_to_user", "invalid"), otherVendor.FieldErrors);
        Assert.Empty(read.Body.GetProperty("escalations").EnumerateArray());
    }

    [Fact]
    public async Task ResolveAndCancelEscalation_WhenTechnicalSupportEscalatedButIsNotTheTarget_ExpectUnauthorizedAndEscalationStillActive()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.TechnicalSupport);
        var created = await session.CallAsync("create_escalation", Escalate(SeedData.Executive, "executive"));

        var resolve = await session.CallAsync("resolve_escalation", $$"""{"escalation_id":"{{created.Text("escalation_id")}}"}""");
        var cancel = await session.CallAsync("cancel_escalation", $$"""{"escalation_id":"{{created.Text("escalation_id")}}"}""");
        var read = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");

        Assert.False(created.IsError, created.Body.GetRawText());
        Assert.Equal("unauthorized", resolve.HaltCode);
        Assert.Equal("unauthorized", cancel.HaltCode);
        Assert.Equal("active", Assert.Single(read.Body.GetProperty("escalations").EnumerateArray()).GetProperty("status").GetString());
    }
}
