using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Incidents;

public sealed class EscalationTests
{
    private static EscalationCreateRequest ToVendor(string incidentId) =>
        new() { IncidentId = incidentId, EscalatedToUser = Seed.VendorContactOfA, EscalationLevel = "vendor", Reason = "Database vendor needed" };

    [Fact]
    public async Task Escalate_ToTheVendorsContact_IsAuditedAsEscalateAndASecondActiveOneAtTheLevelIsADuplicate()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var escalationId = ResultAssert.Succeeded(await h.Escalate.EscalateAsync(Seed.IncidentManager, ToVendor(id)));
        ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.Executive, ToVendor(id)), HaltCode.Duplicate, "escalation_level");

        var entry = (await h.Host.AuditAsync()).Single(e => e.EntityType == EntityType.Escalation && e.Outcome == AuditOutcome.Succeeded);
        Assert.Equal((AuditAction.Escalate, escalationId), (entry.Action, entry.EntityId));
        Assert.DoesNotContain("Database vendor needed", string.Join("|", entry.ChangedFields.Concat(entry.ValueChanges.Select(v => v.NewValue))), StringComparison.Ordinal);
        var escalation = Assert.Single(ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id)).Escalations);
        Assert.Equal((Seed.IncidentManager, EscalationStatus.Active), (escalation.EscalatedByUser, escalation.Status));
    }

    [Fact]
    public async Task Resolve_ByTheTarget_ClosesItAndAllowsANewActiveEscalationAtTheLevel()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        var escalationId = ResultAssert.Succeeded(await h.Escalate.EscalateAsync(Seed.IncidentManager, ToVendor(id)));

        ResultAssert.Halted(await h.Escalations.ResolveAsync(Seed.TechnicalSupport, escalationId), HaltCode.Unauthorized);
        var resolved = ResultAssert.Succeeded(await h.Escalations.ResolveAsync(Seed.VendorContactOfA, escalationId));
        ResultAssert.Halted(await h.Escalations.CancelAsync(Seed.IncidentManager, escalationId), HaltCode.ValidationFailed, "status");

        Assert.Equal(EscalationStatus.Resolved, resolved.Status);
        Assert.Equal(h.Host.Time.GetUtcNow(), resolved.ResolvedAt);
        ResultAssert.Succeeded(await h.Escalate.EscalateAsync(Seed.IncidentManager, ToVendor(id)));
    }

    [Theory]
    [InlineData(Seed.IncidentManager, "management", "escalated_to_user")]
    [InlineData(Seed.ClientContactOfA, "management", "escalated_to_user")]
    [InlineData(Seed.TechnicalSupport, "executive", "escalated_to_user")]
    [InlineData(IncidentSeed.VendorContactOfB, "vendor", "escalated_to_user")]
    [InlineData(Seed.AdminOnLeave, "technical", "escalated_to_user")]
    public async Task Escalate_ToATargetThatDoesNotFit_HaltsValidationFailed(string target, string level, string field)
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.IncidentManager, new() { IncidentId = id, EscalatedToUser = target, EscalationLevel = level }),
            HaltCode.ValidationFailed, field);
    }

    [Fact]
    public async Task Escalate_AtTheVendorLevelWhenNoVendorSupportsTheComponent_HaltsNamingTheLevel()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync(IncidentHost.P1ForClientA() with { ComponentId = IncidentSeed.ComponentUnsupported });

        ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.IncidentManager, ToVendor(id)), HaltCode.ValidationFailed, "escalation_level");
    }

    [Fact]
    public async Task Escalate_ByAnAccountManager_OnlyForItsAssignedClientAndAMissingIncidentLooksTheSame()
    {
        await using var h = IncidentHost.Create();
        var ofA = await h.ReportedAsync();
        var ofB = await h.ReportedAsync(IncidentHost.P1ForClientA() with { ClientId = Seed.ClientB });
        var management = new EscalationCreateRequest { EscalatedToUser = Seed.Executive, EscalationLevel = "management" };

        ResultAssert.Succeeded(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, management with { IncidentId = ofA }));
        var other = ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, management with { IncidentId = ofB }), HaltCode.Unauthorized);
        var missing = ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, management with { IncidentId = "999" }), HaltCode.Unauthorized);

        Assert.Equal(DenialReason.NotAssignedToClient, other.DenialReason);
        Assert.Equal(other.Message, missing.Message);
    }

    [Fact]
    public async Task Escalate_RacingAtOneLevel_LeavesExactlyOneActive()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await h.Escalate.EscalateAsync(Seed.IncidentManager, ToVendor(id)))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(HaltCode.Duplicate, r.Halt!.Code));
        Assert.Single(ResultAssert.Succeeded(await h.Read.ReadAsync(Seed.Admin, id)).Escalations, e => e.Status == EscalationStatus.Active);
    }

    [Fact]
    public async Task Escalate_ByAnAccountManagerToAMissingUser_IsRefusedExactlyAsToAnInactiveOrUnfittingOne()
    {
        await using var h = IncidentHost.Create();
        var id = await h.ReportedAsync();
        EscalationCreateRequest To(string target) => new() { IncidentId = id, EscalatedToUser = target, EscalationLevel = "management" };

        var unfitting = ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, To(Seed.TechnicalSupport)), HaltCode.ValidationFailed, "escalated_to_user");
        var inactive = ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, To(Seed.AdminInactive)), HaltCode.ValidationFailed, "escalated_to_user");
        var missing = ResultAssert.Halted(await h.Escalate.EscalateAsync(Seed.AccountManagerOfA, To("u-nobody-here")), HaltCode.ValidationFailed, "escalated_to_user");

        Assert.All(new[] { missing, inactive }, halt =>
        {
            Assert.Equal(unfitting.Message, halt.Message);
            Assert.Equal(unfitting.Errors, halt.Errors);
        });
    }
}
