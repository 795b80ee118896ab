using System.Diagnostics;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// The share of measured time the process spent paused by the garbage collector, added up over the iterations of one
/// benchmark (from the end of each iteration's setup to the start of its cleanup) and written to the log at the end.
/// </summary>
internal sealed class GcPauseShare
{
    private long _startTicks;
    private TimeSpan _startPause;
    private int _startCollections;
    private TimeSpan _measured;
    private TimeSpan _paused;
    private int _collections;
    private int _iterations;

    public void Start()
    {
        _startPause = GC.GetTotalPauseDuration();
        _startCollections = GC.CollectionCount(0);
        _startTicks = Stopwatch.GetTimestamp();
    }

    public void Stop()
    {
        _measured += Stopwatch.GetElapsedTime(_startTicks);
        _paused += GC.GetTotalPauseDuration() - _startPause;
        _collections += GC.CollectionCount(0) - _startCollections;
        _iterations++;
    }

    public void Report()
    {
        if (_iterations == 0 || _measured <= TimeSpan.Zero)
        {
            return;
        }

        Console.WriteLine(
            $"// GC pauses: {_paused.TotalMilliseconds:F1} ms of {_measured.TotalMilliseconds:F1} ms measured " +
            $"({100 * _paused / _measured:F1} %), {_collections} collections in {_iterations} iterations " +
            $"({_measured.TotalMilliseconds / _iterations:F1} ms an iteration)");
    }
}
