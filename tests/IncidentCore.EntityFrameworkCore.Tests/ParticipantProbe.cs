namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>What the tests' commit participant did, and what it should do on its next call (shared by every unit of work of one host).</summary>
public sealed class ParticipantProbe
{
    private int _calls;

    public int Calls => _calls;

    /// <summary>Runs on every call after the outbox row is added, with the call's number (1 for the first).</summary>
    public Func<int, HostDbContext, IncidentCoreCommit, CancellationToken, Task>? OnCall { get; set; }

    public int NextCall() => Interlocked.Increment(ref _calls);

    /// <summary>Forgets the calls so far (the host's seeding commits records too).</summary>
    public void Reset() => Interlocked.Exchange(ref _calls, 0);
}
