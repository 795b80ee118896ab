using IncidentCore.Samples.McpServer.Tests.Support;

namespace IncidentCore.Samples.McpServer.Tests.Tools;

/// <summary>
/// Client and vendor contacts reach only their own organisation's incidents: another organisation's incident is refused
/// exactly as an incident nobody reported, so a refusal never tells whether it exists.
/// </summary>
public sealed class IncidentAccessTests
{
    private const string Nobody = "999";

    [Fact]
    public async Task IncidentTools_WhenClientContactReachesForAnotherClientsIncident_ExpectRefusalsIdenticalToThoseForNoIncident()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.NorthwindContact);

        foreach (var (tool, other, none) in Attempts(SeedData.ContosoIncident, SeedData.Contoso))
        {
            var refused = await session.CallAsync(tool, other);
            var missing = await session.CallAsync(tool, none);

            Assert.Equal("unauthorized", refused.HaltCode);
            Assert.Equal(refused.Body.GetRawText(), missing.Body.GetRawText());
            Assert.DoesNotContain(SeedData.ContosoIncident, refused.Body.GetRawText(), StringComparison.Ordinal);
        }

        var own = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");
        var ownList = await session.CallAsync("list_client_incidents", $$"""{"client_id":"{{SeedData.Northwind}}"}""");
        Assert.Equal(SeedData.NorthwindIncident, own.Body.GetProperty("incident").GetProperty("incident_id").GetString());
        Assert.Single(ownList.Body.GetProperty("incidents").EnumerateArray());
    }

    [Fact]
    public async Task IncidentTools_WhenVendorContactReachesForAnotherVendorsIncident_ExpectRefusalsIdenticalToThoseForNoIncident()
    {
        await using var session = await McpServerSession.StartWithIncidentsAsync(SeedData.CloudCoContact);

        foreach (var (tool, other, none) in Attempts(SeedData.ContosoIncident, SeedData.Contoso))
        {
            var refused = await session.CallAsync(tool, other);
            var missing = await session.CallAsync(tool, none);

            Assert.Equal("unauthorized", refused.HaltCode);
            Assert.Equal(refused.Body.GetRawText(), missing.Body.GetRawText());
        }

        var own = await session.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");
        Assert.Equal(SeedData.Northwind, own.Body.GetProperty("incident").GetProperty("client_id").GetString());
    }

    [Fact]
    public async Task UpdateIncident_WhenVendorContactMovesTheStatusOfAnotherVendorsIncident_ExpectRefusedWhileItsOwnMoves()
    {
        await using var contact = await McpServerSession.StartWithIncidentsAsync(SeedData.GlobexContact);

        var refused = await contact.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.NorthwindIncident}}}","change_set":{"status":"resolved"}}""");
        var own = await contact.CallAsync("update_incident", $$$"""{"incident_id":"{{{SeedData.ContosoIncident}}}","change_set":{"status":"investigating"}}""");
        var blocked = await contact.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.NorthwindIncident}}"}""");
        var read = await contact.CallAsync("get_incident", $$"""{"incident_id":"{{SeedData.ContosoIncident}}"}""");

        Assert.Equal("unauthorized", refused.HaltCode);
        Assert.Equal("unauthorized", blocked.HaltCode);
        Assert.False(own.IsError, own.Body.GetRawText());
        Assert.Equal("investigating", read.Body.GetProperty("incident").GetProperty("status").GetString());
    }

    /// <summary>get_incident, list_client_incidents, update_incident and record_communication, each on the other organisation's record and on none.</summary>
    private static IEnumerable<(string Tool, string Other, string None)> Attempts(string otherIncident, string otherClient)
    {
        yield return ("get_incident", $$"""{"incident_id":"{{otherIncident}}"}""", $$"""{"incident_id":"{{Nobody}}"}""");
        yield return ("list_client_incidents", $$"""{"client_id":"{{otherClient}}"}""", $$"""{"client_id":"{{Nobody}}"}""");
        yield return ("update_incident", $$$"""{"incident_id":"{{{otherIncident}}}","change_set":{"status":"investigating"}}""", $$$"""{"incident_id":"{{{Nobody}}}","change_set":{"status":"investigating"}}""");
        yield return ("record_communication",
            $$"""{"incident_id":"{{otherIncident}}","recipient_type":"client_contacts","communication_type":"update","delivery_method":"email"}""",
            $$"""{"incident_id":"{{Nobody}}","recipient_type":"client_contacts","communication_type":"update","delivery_method":"email"}""");
    }
}
