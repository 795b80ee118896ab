namespace IncidentCore.Ports;

/// <summary>
/// Told when a procedure halts because storage failed, so the host can escalate (page someone, open a ticket).
/// The default implementation logs at Error. Exceptions thrown here are logged and never reach the caller.
/// </summary>
public interface IEscalationHook
{
    /// <summary>Escalates a storage failure.</summary>
    /// <param name="failure">What failed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the escalation has been handed over.</returns>
    ValueTask EscalateAsync(StorageFailure failure, CancellationToken cancellationToken = default);
}
