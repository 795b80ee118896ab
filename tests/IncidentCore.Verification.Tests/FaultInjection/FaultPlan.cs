using IncidentCore.Ports;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>
/// Counts every storage call a procedure makes (begin, each read, each staged write, each actor guard, each audit
/// append, the commit) and makes the k-th one fail. With k = 0 nothing fails and the plan only records the calls.
/// With <c>loseCommitOutcome</c>, every commit is applied to the store and then reported as
/// <see cref="CommitOutcomeUnknownException"/>, as when the connection drops while the database commits.
/// </summary>
internal sealed class FaultPlan(int failAt = 0, FaultMode mode = FaultMode.Throws, bool failDispose = false, bool loseCommitOutcome = false)
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls => _calls;

    public int FailAt { get; } = failAt;

    public FaultMode Mode { get; } = mode;

    public string? FailedCall { get; private set; }

    /// <summary>Whether ending the unit of work (after whatever it committed) fails.</summary>
    public bool FailDispose { get; } = failDispose;

    /// <summary>Whether a commit is applied and then its outcome is lost: the caller gets <see cref="CommitOutcomeUnknownException"/>.</summary>
    public bool LoseCommitOutcome { get; } = loseCommitOutcome;

    /// <summary>What the store decided for the last commit whose outcome was lost, or <see langword="null"/> when none was.</summary>
    public CommitResult? LostCommitResult { get; set; }

    /// <summary>Records a synchronous call; throws when it is the one to fail.</summary>
    public void Enter(string call)
    {
        if (Record(call))
        {
            throw new SimulatedStorageFailure($"Simulated failure of storage call {FailAt} ({call}).");
        }
    }

    /// <summary>Records an asynchronous call; fails it (thrown or faulted, per <see cref="Mode"/>) when it is the one to fail.</summary>
    public ValueTask<T> EnterAsync<T>(string call, Func<ValueTask<T>> proceed)
    {
        if (!Record(call))
        {
            return proceed();
        }

        var failure = new SimulatedStorageFailure($"Simulated failure of storage call {FailAt} ({call}).");
        return Mode == FaultMode.Throws ? throw failure : FailLater<T>(failure);
    }

    public override string ToString() => LoseCommitOutcome ? "commit outcome lost" : FailAt == 0 ? "no fault" : $"call {FailAt} {Mode}";

    private static async ValueTask<T> FailLater<T>(Exception failure)
    {
        await Task.Yield();
        throw failure;
    }

    private bool Record(string call)
    {
        _calls.Add(call);
        if (_calls.Count == FailAt)
        {
            FailedCall = call;
            return true;
        }

        return false;
    }
}
