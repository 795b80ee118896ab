using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>
/// Fault injection: for every procedure and every k, the k-th storage call fails (thrown, or faulted
/// asynchronously; the commit is one of the calls). Each time the store and its audit trail are exactly as before,
/// the result is storage_failure with a clear message, the escalation hook fired once, and nothing was thrown.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output)
{
    public static TheoryData<string> Scenarios => [.. FaultScenarios.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Procedure_WhenTheKthStorageCallFails_ExpectStorageFailureAndNothingChanged(string scenarioName)
    {
        var scenario = FaultScenarios.All.Single(s => s.Name == scenarioName);
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
    public async Task Procedure_WhenEndingTheUnitOfWorkFails_ExpectTheOutcomeAndStateOfTheCleanRun(string scenarioName)
    {
        var scenario = FaultScenarios.All.Single(s => s.Name == scenarioName);
        var (clean, cleanState, _) = await RunAsync(scenario, new FaultPlan());
        var (disposeFailed, disposeFailedState, harness) = await RunAsync(scenario, new FaultPlan(failDispose: true));

        Assert.Equal(Describe(clean), Describe(disposeFailed));
        Assert.True(cleanState.SameAs(disposeFailedState), $"{scenario}: clean run left {cleanState}, failed dispose left {disposeFailedState}");
        Assert.Equal(0, harness.Escalations.Count);
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1008);
    }

    [Fact]
    public void Scenarios_ForEveryProcedure_ExpectTheSuccessPathCovered()
    {
        var covered = FaultScenarios.All.Where(s => s.Name.EndsWith(" succeeds", StringComparison.Ordinal)).Select(s => s.Name.Split(' ')[0]).ToHashSet();
        Assert.Equal(
            [
                "client_incidents_list", "client_onboarding", "client_update", "communication_delivery_update", "communication_record", "component_create",
                "component_update", "escalation_cancel", "escalation_create", "escalation_resolve", "incident_read", "incident_report", "incident_update",
                "product_create", "product_update", "review_cancel", "review_complete", "review_schedule", "user_registration", "user_update",
                "vendor_registration", "vendor_update",
            ],
            covered.Order(StringComparer.Ordinal));
    }

    private static async Task<(int CallCount, string Outcome)> CleanRunAsync(FaultScenario scenario)
    {
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(IncidentSeedRecords.Seed, decorateStore: inner => store = new FaultyStore(inner));
        await scenario.PrepareAsync(harness);
        var plan = new FaultPlan();
        store!.Plan = plan;
        var halt = await scenario.Run(harness);
        Assert.True(halt?.Code is not HaltCode.StorageFailure, $"{scenario}: the clean run failed: {halt}");
        Assert.Equal(0, harness.Escalations.Count);
        return (plan.Calls.Count, Describe(halt));
    }

    private static async Task CheckOneFaultAsync(FaultScenario scenario, FaultPlan plan, string cleanOutcome)
    {
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(IncidentSeedRecords.Seed, decorateStore: inner => store = new FaultyStore(inner));
        await scenario.PrepareAsync(harness);
        store!.Plan = plan;
        var before = await harness.SnapshotAsync();
        var what = $"{scenario}, {plan} ({string.Join(" > ", plan.Calls)})";

        Halt? halt;
        try
        {
            halt = await scenario.Run(harness);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{what}: the procedure threw {exception.GetType().Name}: {exception.Message}");
            return;
        }

        Assert.True(plan.FailedCall is not null, $"{what}: the fault was never reached");
        Assert.True(halt is { Code: HaltCode.StorageFailure }, $"{what}: expected storage_failure, got {Describe(halt)}");
        Assert.Equal("storage_failure", halt!.CodeName);
        Assert.Contains("storage failed", halt.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", halt.Message, StringComparison.Ordinal);

        var after = await harness.SnapshotAsync();
        Assert.True(before.SameAs(after), $"{what}: the store changed: before {before}, after {after}");

        Assert.Equal(1, harness.Escalations.Count);
        Assert.IsType<SimulatedStorageFailure>(harness.Escalations.Failures[0].Exception);
        var logs = harness.Logs.GetSnapshot();
        Assert.Single(logs, r => r.Id.Id == 1004);
        var scan = new PersonalDataScan(FaultScenarios.PersonalValues);
        Assert.Empty(logs.SelectMany(scan.FindIn));

        // The store is still usable: the same call without a fault ends as the clean run did.
        store.Plan = new FaultPlan();
        var retried = await scenario.Run(harness);
        Assert.Equal(cleanOutcome, Describe(retried));
    }

    private static async Task<(Halt? Halt, StoreSnapshot State, IncidentCoreHarness Harness)> RunAsync(FaultScenario scenario, FaultPlan plan)
    {
        FaultyStore? store = null;
        using var harness = IncidentCoreHarness.Create(IncidentSeedRecords.Seed, decorateStore: inner => store = new FaultyStore(inner));
        await scenario.PrepareAsync(harness);
        store!.Plan = plan;
        var halt = await scenario.Run(harness);
        return (halt, await harness.SnapshotAsync(), harness);
    }

    private static string Describe(Halt? halt) => halt is null ? "succeeded" : $"{halt.CodeName} [{string.Join(", ", halt.Errors.Select(e => e.Field))}]";
}
