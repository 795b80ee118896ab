using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace IncidentCore.Hosting;

/// <summary>
/// The library's tracing and metrics: an <see cref="ActivitySource"/> and a <see cref="Meter"/>, both named
/// <c>IncidentCore</c>. Every procedure call is one activity, and is counted by operation and outcome.
/// </summary>
public static class IncidentCoreDiagnostics
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "IncidentCore";

    /// <summary>The counter of procedure calls, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string CallsCounterName = "incidentcore.procedure.calls";

    /// <summary>The activity source: one activity per procedure call.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, typeof(IncidentCoreDiagnostics).Assembly.GetName().Version?.ToString());

    /// <summary>The meter.</summary>
    public static Meter Meter { get; } = new(Name, typeof(IncidentCoreDiagnostics).Assembly.GetName().Version?.ToString());

    internal static Counter<long> Calls { get; } = Meter.CreateCounter<long>(CallsCounterName, unit: "{call}", description: "Procedure calls by operation and outcome.");
}
