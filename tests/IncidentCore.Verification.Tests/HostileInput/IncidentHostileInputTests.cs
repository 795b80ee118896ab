using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;
using Xunit.Abstractions;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>
/// Hostile input into every field of every incident procedure, with the same values and the same verdicts as the
/// registry's (<see cref="HostileInputTests"/>): a refused value halts with validation_failed naming exactly that
/// field, changes no record (incident-domain records and history rows included) and throws nothing; free text that
/// merely looks like SQL or script is stored verbatim; no log line carries a control character or the free text.
/// </summary>
public sealed class IncidentHostileInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Targets => [.. IncidentHostileTargets.All.Select(t => t.ToString())];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task IncidentProcedure_WhenAFieldGetsEveryHostileValue_ExpectRefusedNamingTheFieldOrStoredVerbatim(string targetName)
    {
        var target = IncidentHostileTargets.All.Single(t => t.ToString() == targetName);
        var values = HostileValues.For(target.Kind, target.Null, target.DefaultValue).ToList();
        using var shared = IncidentCoreHarness.Create(IncidentSeedRecords.Seed);
        await target.Prepare(shared);
        foreach (var value in values)
        {
            await CheckAsync(target, value, shared);
        }

        Assert.True(values.Count(v => !v.Accepted) >= 30, $"{target}: only {values.Count} hostile values");
        output.WriteLine($"{target}: {values.Count(v => !v.Accepted)} values refused, {values.Count(v => v.Accepted)} accepted");
    }

    [Fact]
    public void Targets_CoverEveryIncidentProcedureThatTakesInput()
    {
        Assert.Equal(
            [
                "communication_delivery_update", "communication_record", "component_create", "component_update", "escalation_create", "escalation_resolve",
                "incident_report", "incident_update", "product_create", "product_update", "review_complete", "review_schedule",
            ],
            IncidentHostileTargets.All.Select(t => t.Procedure).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Refused values run on the shared harness (they must leave it unchanged); accepted ones on a fresh, prepared store.</summary>
    private static async Task CheckAsync(IncidentHostileTarget target, HostileValue value, IncidentCoreHarness shared)
    {
        using var fresh = value.Accepted ? IncidentCoreHarness.Create(IncidentSeedRecords.Seed) : null;
        if (fresh is not null)
        {
            await target.Prepare(fresh);
        }

        var harness = fresh ?? shared;
        harness.Logs.Clear();
        var before = await harness.SnapshotAsync();
        var label = $"{target} = {value}";

        CallOutcome outcome;
        try
        {
            outcome = await target.Call(harness, value.Text);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{label}: threw {exception.GetType().Name}: {exception.Message}");
            return;
        }

        if (value.Accepted)
        {
            Assert.True(outcome.Halt is null, $"{label}: expected the value to be accepted, got {outcome.Halt}");
            var stored = target.ReadBack((await harness.SnapshotAsync()).Incidents!, outcome.RecordId!);
            Assert.True(stored == value.Stored, $"{label}: stored '{stored}', expected '{value.Stored}'");
            HostileInputTests.AssertLogsClean(harness, label, IncidentHostileTargets.PersonalValues);
            return;
        }

        Assert.True(outcome.Halt is { Code: HaltCode.ValidationFailed }, $"{label}: expected validation_failed, got {outcome.Halt?.ToString() ?? "success"}");
        var fields = outcome.Halt!.Errors.Select(e => e.Field).ToList();
        Assert.True(fields.SequenceEqual([target.Field]), $"{label}: expected exactly one error naming {target.Field}, got [{string.Join(", ", fields)}]");
        HostileInputTests.AssertClean(outcome.Halt.Message, label);
        foreach (var error in outcome.Halt.Errors)
        {
            HostileInputTests.AssertClean(error.Message, label);
        }

        var after = await harness.SnapshotAsync();
        Assert.True(before.SameAs(after), $"{label}: the store changed: before {before}, after {after}");
        Assert.Equal(0, harness.Escalations.Count);
        HostileInputTests.AssertLogsClean(harness, label, IncidentHostileTargets.PersonalValues);
    }
}
