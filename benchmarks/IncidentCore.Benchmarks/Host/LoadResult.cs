using System.Diagnostics;

namespace IncidentCore.Benchmarks.Host;

/// <summary>What one bounded run of requests measured.</summary>
/// <param name="Requested">How many requests the run was to send.</param>
/// <param name="Succeeded">How many were answered 201 Created.</param>
/// <param name="Failed">How many got another status or no answer.</param>
/// <param name="Elapsed">From the first request sent to the last answer read.</param>
/// <param name="Latencies">The time of each successful request, from sending to the end of its answer (Stopwatch ticks), sorted.</param>
/// <param name="FirstFailure">What the first failed request got, if any.</param>
internal sealed record LoadResult(int Requested, int Succeeded, int Failed, TimeSpan Elapsed, long[] Latencies, string? FirstFailure)
{
    /// <summary>Whether every request was sent and succeeded.</summary>
    public bool Complete => Failed == 0 && Succeeded == Requested;

    /// <summary>Successful requests per second of the run.</summary>
    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Succeeded / Elapsed.TotalSeconds : 0;

    /// <summary>The median latency.</summary>
    public TimeSpan P50 => Percentile(0.50);

    /// <summary>The 99th-percentile latency.</summary>
    public TimeSpan P99 => Percentile(0.99);

    /// <summary>The latency at or below which <paramref name="fraction"/> of the successful requests finished (nearest rank).</summary>
    public TimeSpan Percentile(double fraction)
    {
        if (Latencies.Length == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (int)Math.Ceiling(fraction * Latencies.Length);
        return Stopwatch.GetElapsedTime(0, Latencies[Math.Clamp(rank, 1, Latencies.Length) - 1]);
    }
}
