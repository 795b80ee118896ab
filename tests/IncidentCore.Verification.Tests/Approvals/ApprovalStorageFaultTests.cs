using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.FaultInjection;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// Fault injection for every change and rollback procedure: for every k, the k-th storage call fails (thrown, or
/// faulted asynchronously). Each time the requests and the audit trail are exactly as before, the result is
/// storage_failure, the escalation hook fired once, nothing was thrown, no log line holds free text, and the store
/// still works. A failure while ending the unit of work never changes the outcome.
/// </summary>
public sealed class ApprovalStorageFaultTests(ITestOutputHelper output)
{
    public static TheoryData<string> Scenarios => [.. ApprovalFaultScenarios.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task ApprovalProcedure_WhenTheKthStorageCallFails_ExpectStorageFailureAndNothingChanged(string scenarioName)
    {
        var scenario = ApprovalFaultScenarios.All.Single(s => s.Name == scenarioName);
        var (callCount, cleanOutcome) = await CleanRunAsync(scenario);
        Assert.True(callCount > 0, "The scenario made no storage call.");

        var checkedFaults = 0;
        foreach (var mode in new[] { FaultMode.Throws, FaultMode.FaultsAsynchronously })
        {
            for (var k = 1; k <= callCount; k++)
            {
                await CheckOneFaultAsync(scenario, new FaultPlan(k, mode), cleanOutcome);
                checkedFaults++;
            }
        }

        Assert.Equal(callCount * 2, checkedFaults);
        output.WriteLine($"{scenario}: {callCount} storage calls, {checkedFaults} injected faults");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task ApprovalProcedure_WhenEndingTheUnitOfWorkFails_ExpectTheOutcomeAndStateOfTheCleanRun(string scenarioName)
    {
        var scenario = ApprovalFaultScenarios.All.Single(s => s.Name == scenarioName);
        var (clean, cleanState) = await RunAsync(scenario, new FaultPlan());
        var (disposeFailed, disposeFailedState) = await RunAsync(scenario, new FaultPlan(failDispose: true));

        Assert.Equal(Describe(clean), Describe(disposeFailed));
        Assert.Equal(cleanState, disposeFailedState);
    }

    private static async Task<(int CallCount, string Outcome)> CleanRunAsync(ApprovalFaultScenario scenario)
    {
        FaultyApprovalStore? store = null;
        using var world = ApprovalWorld.Create(decorateStore: inner => store = new FaultyApprovalStore(inner));
        var prepared = await scenario.Prepare(world);
        var plan = new FaultPlan();
        store!.Plan = plan;
        var halt = await scenario.Run(world, prepared);
        Assert.True(halt?.Code is not HaltCode.StorageFailure, $"{scenario}: the clean run failed: {halt}");
        Assert.Equal(0, world.Escalations.Count);
        return (plan.Calls.Count, Describe(halt));
    }

    private static async Task CheckOneFaultAsync(ApprovalFaultScenario scenario, FaultPlan plan, string cleanOutcome)
    {
        FaultyApprovalStore? store = null;
        using var world = ApprovalWorld.Create(decorateStore: inner => store = new FaultyApprovalStore(inner));
        var prepared = await scenario.Prepare(world);
        var before = await world.StateAsync(prepared.Changes, prepared.Rollbacks);
        store!.Plan = plan;
        var what = $"{scenario}, {plan} ({string.Join(" > ", plan.Calls)})";

        Halt? halt;
        try
        {
            halt = await scenario.Run(world, prepared);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{what}: the procedure threw {exception.GetType().Name}: {exception.Message}");
            return;
        }

        Assert.True(plan.FailedCall is not null, $"{what}: the fault was never reached");
        Assert.True(halt is { Code: HaltCode.StorageFailure }, $"{what}: expected storage_failure, got {Describe(halt)}");
        Assert.Contains("nothing was changed", halt!.Message, StringComparison.Ordinal);
        Assert.Equal(before, await world.StateAsync(prepared.Changes, prepared.Rollbacks));
        Assert.Equal(1, world.Escalations.Count);
        Assert.IsType<SimulatedStorageFailure>(world.Escalations.Failures[0].Exception);
        Assert.DoesNotContain(world.Logs.GetSnapshot(), r => ApprovalFaultScenarios.FreeText.Any(t => r.Message.Contains(t, StringComparison.Ordinal)));

        // The store is still usable: the same call without a fault ends as the clean run did.
        store.Plan = new FaultPlan();
        Assert.Equal(cleanOutcome, Describe(await scenario.Run(world, prepared)));
    }

    private static async Task<(Halt? Halt, string State)> RunAsync(ApprovalFaultScenario scenario, FaultPlan plan)
    {
        FaultyApprovalStore? store = null;
        using var world = ApprovalWorld.Create(decorateStore: inner => store = new FaultyApprovalStore(inner));
        var prepared = await scenario.Prepare(world);
        store!.Plan = plan;
        var halt = await scenario.Run(world, prepared);
        return (halt, await world.StateAsync(prepared.Changes, prepared.Rollbacks));
    }

    private static string Describe(Halt? halt) => halt is null ? "succeeded" : $"{halt.CodeName} [{string.Join(", ", halt.Errors.Select(e => e.Field))}]";
}
