using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Procedures;

/// <summary>Reading the audit trail: system administrators only, by key, never audited itself.</summary>
public sealed class AuditTrailReadTests
{
    [Fact]
    public async Task ReadPage_ByAnAdministrator_PagesByKeyInCommitOrder()
    {
        await using var host = TestHost.Create();
        for (var i = 1; i <= 5; i++)
        {
            ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient(i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var reads = host.Provider.GetRequiredService<AuditTrailRead>();
        var first = ResultAssert.Succeeded(await reads.ReadPageAsync(Seed.Admin, null, 2));
        var second = ResultAssert.Succeeded(await reads.ReadPageAsync(Seed.Admin, first[^1].AuditId, 2));
        var last = ResultAssert.Succeeded(await reads.ReadPageAsync(Seed.Admin, second[^1].AuditId, 2));

        var all = await host.AuditAsync();
        Assert.Equal(all.Select(e => e.AuditId), first.Concat(second).Concat(last).Select(e => e.AuditId));
        Assert.Single(last);
        Assert.Equal(5, (await host.AuditAsync()).Count);
    }

    [Theory]
    [InlineData(Seed.IncidentManager, DenialReason.RoleNotPermitted)]
    [InlineData(Seed.ClientContactOfA, DenialReason.RoleNotPermitted)]
    [InlineData(Seed.AdminOnLeave, DenialReason.ActorNotActive)]
    [InlineData(Seed.UnknownUser, DenialReason.ActorNotFound)]
    public async Task ReadPage_ByAnyoneElse_IsDeniedAndNotAudited(string actor, DenialReason reason)
    {
        await using var host = TestHost.Create();

        var halt = ResultAssert.Halted(await host.Provider.GetRequiredService<AuditTrailRead>().ReadPageAsync(actor, null, 10), HaltCode.Unauthorized);

        Assert.Equal(reason, halt.DenialReason);
        Assert.Empty(await host.AuditAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(AuditTrailRead.MaximumPageSize + 1)]
    public async Task ReadPage_WithATakeOutOfRange_HaltsValidationFailedNamingTake(int take)
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.Provider.GetRequiredService<AuditTrailRead>().ReadPageAsync(Seed.Admin, null, take), HaltCode.ValidationFailed, "take");
    }

    [Fact]
    public async Task ReadPage_AfterAMalformedId_HaltsValidationFailedNamingAfter()
    {
        await using var host = TestHost.Create();

        ResultAssert.Halted(await host.Provider.GetRequiredService<AuditTrailRead>().ReadPageAsync(Seed.Admin, "bad id\n", 10), HaltCode.ValidationFailed, "after");
    }
}
