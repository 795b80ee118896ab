using IncidentCore.Ports;

namespace IncidentCore.Tests.Support;

internal sealed class RecordingEscalationHook : IEscalationHook
{
    public List<StorageFailure> Failures { get; } = [];

    public bool Throw { get; set; }

    public ValueTask EscalateAsync(StorageFailure failure, CancellationToken cancellationToken = default)
    {
        Failures.Add(failure);
        return Throw ? throw new InvalidOperationException("pager is down") : ValueTask.CompletedTask;
    }
}
