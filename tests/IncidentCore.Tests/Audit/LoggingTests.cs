using IncidentCore.Procedures;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.Logging;

namespace IncidentCore.Tests.Audit;

public sealed class LoggingTests
{
    [Fact]
    public async Task Procedures_LogSuccessDenialAndHaltWithFixedEventIds()
    {
        await using var host = TestHost.Create();

        ResultAssert.Succeeded(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient()));
        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Executive, Requests.NewClient("2")), HaltCode.Unauthorized);
        ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient("3") with { ClientType = "x" }), HaltCode.ValidationFailed, "client_type");

        var logs = host.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Id.Id == 1001 && r.Level == LogLevel.Information && r.Message.Contains("client_onboarding", StringComparison.Ordinal));
        Assert.Contains(logs, r => r.Id.Id == 1002 && r.Level == LogLevel.Warning && r.Message.Contains("role_not_permitted", StringComparison.Ordinal));
        Assert.Contains(logs, r => r.Id.Id == 1003 && r.Message.Contains("validation_failed", StringComparison.Ordinal) && r.Message.Contains("client_type", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_WhenAnUnknownFieldNameCarriesALineBreak_TheLogNeverContainsIt()
    {
        await using var host = TestHost.Create();

        var result = await host.ClientUpdate.UpdateAsync(Seed.Admin, Seed.ClientA, new ChangeSet { { "status\r\n2025-09-25 FORGED entry", "active" } });

        var halt = ResultAssert.Halted(result, HaltCode.ValidationFailed);
        Assert.DoesNotContain('\n', halt.Errors.Single().Field);
        Assert.All(host.Logs.GetSnapshot(), r => Assert.DoesNotContain("FORGED", r.Message, StringComparison.Ordinal));
    }
}
