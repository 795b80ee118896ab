using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>
/// When a commit was sent and its outcome lost, no procedure claims that nothing was changed: the halt says the
/// outcome is unknown (and carries the flag hosts test), and the escalation hook is told which case it was.
/// </summary>
public sealed class LostCommitOutcomeProcedureTests
{
    public static TheoryData<string> SuccessScenarios()
    {
        var data = new TheoryData<string>();
        // Every write's success path; reads commit nothing, so there is no outcome to lose.
        foreach (var scenario in FaultScenarios.All.Where(s => s.Name.EndsWith(" succeeds", StringComparison.Ordinal) && !IsRead(s.Name)))
        {
            data.Add(scenario.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SuccessScenarios))]
    public async Task Procedure_WhenTheCommitOutcomeIsLost_HaltsWithOutcomeUnknownAndEscalatesIt(string name)
    {
        var scenario = FaultScenarios.All.Single(s => s.Name == name);
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(IncidentSeedRecords.Seed, decorateStore: inner => store = new FaultyStore(inner));
        await scenario.PrepareAsync(harness);
        store!.Plan = new FaultPlan(loseCommitOutcome: true);
        var before = await harness.SnapshotAsync();

        var halt = await scenario.Run(harness);

        Assert.NotNull(halt);
        Assert.Equal(HaltCode.StorageFailure, halt.Code);
        Assert.True(halt.CommitOutcomeUnknown);
        Assert.DoesNotContain("nothing was changed", halt.Message, StringComparison.Ordinal);
        Assert.Contains("may or may not have been saved", halt.Message, StringComparison.Ordinal);
        var escalation = Assert.Single(harness.Escalations.Failures);
        Assert.True(escalation.CommitOutcomeUnknown);
        Assert.False(before.SameAs(await harness.SnapshotAsync()), "the lost commit was applied");
    }

    [Fact]
    public async Task Procedure_WhenStorageFailsBeforeTheCommit_SaysNothingWasChangedAndTheOutcomeIsKnown()
    {
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(SeedRecords.Seed, decorateStore: inner => store = new FaultyStore(inner));
        store!.Plan = new FaultPlan(failAt: 1);

        var halt = await FaultScenarios.All[0].Run(harness);

        Assert.NotNull(halt);
        Assert.Equal(HaltCode.StorageFailure, halt.Code);
        Assert.False(halt.CommitOutcomeUnknown);
        Assert.Contains("nothing was changed", halt.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single(harness.Escalations.Failures).CommitOutcomeUnknown);
    }

    private static bool IsRead(string name) => name.StartsWith("incident_read", StringComparison.Ordinal) || name.StartsWith("client_incidents_list", StringComparison.Ordinal);
}
