using System.Diagnostics;
using System.Diagnostics.Metrics;
using IncidentCore.Hosting;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Hosting;

/// <summary>The activity source and the meter are process-wide, so these tests run alone, not beside others.</summary>
[CollectionDefinition(nameof(DiagnosticsTests), DisableParallelization = true)]
public sealed class DiagnosticsTestsCollection;

[Collection(nameof(DiagnosticsTests))]
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Procedure_WhenListened_EmitsOneActivityAndCountsTheCallByOperationAndOutcome()
    {
        await using var host = TestHost.Create();
        var activities = new List<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == IncidentCoreDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(activityListener);
        var counts = new List<(string Operation, string Outcome)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == IncidentCoreDiagnostics.Name && instrument.Name == IncidentCoreDiagnostics.CallsCounterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var map = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString());
            lock (counts) { counts.Add((map["operation"]!, map["outcome"]!)); }
        });
        meterListener.Start();

        var result = await host.VendorRegistration.RegisterAsync(Seed.TechnicalSupport, Requests.NewVendor("77"));

        ResultAssert.Halted(result, HaltCode.Unauthorized);
        Activity[] seenActivities;
        (string Operation, string Outcome)[] seenCounts;
        lock (activities) { seenActivities = [.. activities]; }
        lock (counts) { seenCounts = [.. counts]; }
        Assert.Single(seenActivities, a => a.OperationName == "vendor_registration" && (string?)a.GetTagItem("incidentcore.outcome") == "unauthorized");
        Assert.Equal([("vendor_registration", "unauthorized")], seenCounts);
    }
}
