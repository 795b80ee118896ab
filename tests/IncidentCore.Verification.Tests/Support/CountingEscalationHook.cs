using IncidentCore.Ports;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>An escalation hook that remembers every storage failure it is told about.</summary>
internal sealed class CountingEscalationHook : IEscalationHook
{
    private readonly List<StorageFailure> _failures = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _failures.Count;
            }
        }
    }

    public IReadOnlyList<StorageFailure> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    public ValueTask EscalateAsync(StorageFailure failure, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }

        return ValueTask.CompletedTask;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _failures.Clear();
        }
    }
}
