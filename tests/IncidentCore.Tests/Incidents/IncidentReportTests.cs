using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class IncidentReportTests
{
    [Fact]
    public async Task Report_ByAClientContactForItsClient_ClassifiesFromFlagsOpensAndRecordsTheReporter()
    {
        await using var h = IncidentHost.Create();

        var id = ResultAssert.Succeeded(await h.Report.ReportAsync(Seed.ClientContactOfA, IncidentHost.P1ForClientA()));

        var details = ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.ClientContactOfA, id));
        Assert.Equal(Severity.P1, details.Incident.Severity);
        Assert.Equal(IncidentStatus.Open, details.Incident.Status);
        Assert.Equal(Seed.ClientContactOfA, details.Incident.ReporterUserId);
        Assert.Null(details.Incident.ResolutionTimestamp);
        var entry = Assert.Single(await h.Host.AuditAsync());
        Assert.Equal((AuditAction.Create, EntityType.Incident, "incident_report.client_contact_of_client"), (entry.Action, entry.EntityType, entry.Reason));
        Assert.DoesNotContain(entry.ValueChanges, v => v.Field == "title");
    }

    [Fact]
    public async Task Report_ByAClientContactForAnotherClient_IsDeniedAndCreatesNothing()
    {
        await using var h = IncidentHost.Create();

        var halt = ResultAssert.Halted(await h.Report.ReportAsync(Seed.ClientContactOfA, IncidentHost.P1ForClientA() with { ClientId = Seed.ClientB }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.NotAssignedToClient, halt.DenialReason);
        Assert.Empty(ResultAssert.Succeeded(await h.List.ListAsync(Seed.Admin, Seed.ClientB, null, 10)));
    }

    [Fact]
    public async Task Report_ByVendorContacts_OnlyOnComponentsOfProductsTheirVendorSupports()
    {
        await using var h = IncidentHost.Create();

        ResultAssert.Succeeded(await h.Report.ReportAsync(Seed.VendorContactOfA, IncidentHost.P1ForClientA()));
        var other = ResultAssert.Halted(await h.Report.ReportAsync(IncidentSeed.VendorContactOfB, IncidentHost.P1ForClientA()), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.Report.ReportAsync(Seed.VendorContactOfA, IncidentHost.P1ForClientA() with { ComponentId = "cmp-missing" }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.NotAssignedToVendor, other.DenialReason);
        Assert.Equal(other.Message.Replace(IncidentSeed.VendorContactOfB, "x", StringComparison.Ordinal), missing.Message.Replace(Seed.VendorContactOfA, "x", StringComparison.Ordinal));
        ResultAssert.Halted(await h.Report.ReportAsync(Seed.IncidentManager, IncidentHost.P1ForClientA() with { ComponentId = "cmp-missing" }), HaltCode.NotFound, "component_id");
    }

    [Theory]
    [InlineData(null, false, "severity")]
    [InlineData("P3", true, "severity")]
    [InlineData("P1", true, null)]
    [InlineData("P2", false, null)]
    public async Task Report_SeverityGivenOrClassified_MustBeDeterminedAndAgree(string? severity, bool withFlags, string? failingField)
    {
        await using var h = IncidentHost.Create();
        var request = IncidentHost.P1ForClientA() with { Severity = severity, ClassificationFlags = withFlags ? IncidentHost.P1ForClientA().ClassificationFlags : null };

        var result = await h.Report.ReportAsync(Seed.IncidentManager, request);

        if (failingField is null)
        {
            ResultAssert.Succeeded(result);
        }
        else
        {
            ResultAssert.Halted(result, HaltCode.ValidationFailed, failingField);
        }
    }

    [Fact]
    public async Task Report_WithEveryFlagFalse_IsP4()
    {
        await using var h = IncidentHost.Create();

        var id = await h.ReportedAsync(IncidentHost.P1ForClientA() with { ClassificationFlags = new Dictionary<string, bool> { ["p1_regulatory_safety_financial"] = false } });

        Assert.Equal(Severity.P4, ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id)).Incident.Severity);
    }

    [Theory]
    [InlineData("unknown flag")]
    [InlineData("status")]
    [InlineData("detection_timestamp")]
    public async Task Report_WithABadInput_HaltsValidationFailedNamingIt(string what)
    {
        await using var h = IncidentHost.Create();
        var request = what switch
        {
            "unknown flag" => IncidentHost.P1ForClientA() with { ClassificationFlags = new Dictionary<string, bool> { ["p0_everything_is_on_fire"] = true } },
            "status" => IncidentHost.P1ForClientA() with { Status = "closed" },
            _ => IncidentHost.P1ForClientA() with { DetectionTimestamp = "2025-09-26T00:00:00Z" },
        };

        var halt = ResultAssert.Halted(await h.Report.ReportAsync(Seed.IncidentManager, request), HaltCode.ValidationFailed);

        Assert.Contains(halt.Errors, e => e.Field == (what == "unknown flag" ? "p0_everything_is_on_fire" : what));
        Assert.Empty(await h.Host.AuditAsync());
    }

    [Fact]
    public async Task Report_WithAnAssigneeWhoIsAContact_HaltsValidationFailed()
    {
        await using var h = IncidentHost.Create();

        ResultAssert.Halted(await h.Report.ReportAsync(Seed.IncidentManager, IncidentHost.P1ForClientA() with { AssignedToUserId = Seed.ClientContactOfA }),
            HaltCode.ValidationFailed, "assigned_to_user_id");
    }
}
