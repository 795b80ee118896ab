using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class IncidentUpdateTests
{
    [Fact]
    public async Task Update_AssigningAndMovingTheStatus_WritesOneHistoryRowPerChangedFieldAndOneAuditEntry()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var updated = ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.TechnicalSupport, id, new ChangeSet
        {
            { "assigned_to_user_id", Seed.TechnicalSupport }, { "status", "investigating" }, { "impact_level", "critical" }, { "title", "Checkout down" },
        }));

        Assert.Equal(IncidentStatus.Investigating, updated.Status);
        var history = ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id)).History;
        Assert.Equal(
            [("status", IncidentUpdateType.StatusChange, "open", "investigating"), ("assigned_to_user_id", IncidentUpdateType.AssignmentChange, null, Seed.TechnicalSupport),
             ("title", IncidentUpdateType.DetailsChange, null, null)],
            history.Select(r => (r.FieldChanged, r.UpdateType, r.OldValue, r.NewValue)));
        Assert.All(history, r => Assert.Equal(Seed.TechnicalSupport, r.UpdatedByUser));
        Assert.Equal(2, (await h.Host.AuditAsync()).Count);
    }

    [Fact]
    public async Task Update_ClosingAnOpenIncident_HaltsNamingStatusWithTheAllowedMoves()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var halt = ResultAssert.Halted(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "status", "closed" } }), HaltCode.ValidationFailed, "status");

        Assert.Contains("investigating, resolved", Assert.Single(halt.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ThroughTheLifecycle_SetsKeepsAndClearsTheResolutionTimestampAndClosedIsFinal()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        async Task<Incident> Move(string status) =>
            ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "status", status } }));

        h.Host.Time.Advance(TimeSpan.FromMinutes(10));
        var resolved = await Move("resolved");
        Assert.Equal(h.Host.Time.GetUtcNow(), resolved.ResolutionTimestamp);
        Assert.Null((await Move("in_progress")).ResolutionTimestamp);
        await Move("resolved");
        var closed = await Move("closed");
        Assert.NotNull(closed.ResolutionTimestamp);
        ResultAssert.Halted(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "status", "in_progress" } }), HaltCode.ValidationFailed, "status");
        ResultAssert.Halted(await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { "title", "Renamed" } }), HaltCode.ValidationFailed, "status");
    }

    [Fact]
    public async Task Update_ByTheVendorContactOfTheIncidentsVendor_MayMoveTheStatusAndNothingElse()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var moved = ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.VendorContactOfA, id, new ChangeSet { { "status", "investigating" } }));
        var retitled = ResultAssert.Halted(await h.Update.UpdateAsync(Seed.VendorContactOfA, id, new ChangeSet { { "title", "Mine now" } }), HaltCode.Unauthorized);
        var closing = ResultAssert.Halted(await h.Update.UpdateAsync(Seed.VendorContactOfA, id, new ChangeSet { { "status", "resolved" }, { "severity", "P4" } }), HaltCode.Unauthorized);

        Assert.Equal(IncidentStatus.Investigating, moved.Status);
        Assert.Equal(DenialReason.RoleNotPermitted, retitled.DenialReason);
        Assert.Equal(DenialReason.RoleNotPermitted, closing.DenialReason);
        Assert.Equal("incident_status_update.vendor_contact_of_vendor", (await h.Host.AuditAsync()).Single(e => e.Outcome == AuditOutcome.Succeeded && e.Action == AuditAction.Update).Reason);
    }

    [Fact]
    public async Task Update_ByAnotherVendorsContact_IsDeniedExactlyAsForAnIncidentThatDoesNotExist()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var other = ResultAssert.Halted(await h.Update.UpdateAsync(IncidentSeed.VendorContactOfB, id, new ChangeSet { { "status", "investigating" } }), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.Update.UpdateAsync(IncidentSeed.VendorContactOfB, "999", new ChangeSet { { "status", "investigating" } }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.NotAssignedToVendor, other.DenialReason);
        Assert.Equal(other.Message, missing.Message);
        Assert.Equal(IncidentStatus.Open, ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id)).Incident.Status);
    }

    [Fact]
    public async Task Update_RacingOnOneIncident_LosesNoChangeAndNoHistoryRow()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        string[] levels = ["low", "medium", "high", "critical"];

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await h.Update.UpdateAsync(Seed.IncidentManager, id, new ChangeSet { { i % 2 == 0 ? "impact_level" : "urgency_level", levels[i % 4] } }))));

        var succeeded = results.Count(r => r.Succeeded);
        var details = ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id));
        Assert.Equal(1 + succeeded, details.Incident.Version);
        Assert.Equal(succeeded, (await h.Host.AuditAsync()).Count(e => e.Action == AuditAction.Update));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Conflict, r.Halt!.Code));
        foreach (var (field, current) in new[] { ("impact_level", details.Incident.ImpactLevel.ToWireName()), ("urgency_level", details.Incident.UrgencyLevel.ToWireName()) })
        {
            // The rows of one field chain old → new without a gap and end at the stored value: no row was lost.
            var rows = details.History.Where(r => r.FieldChanged == field).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.Equal(rows[i - 1].NewValue, rows[i].OldValue);
            }

            Assert.Equal(current, rows.Count == 0 ? current : rows[^1].NewValue);
        }
    }
}
