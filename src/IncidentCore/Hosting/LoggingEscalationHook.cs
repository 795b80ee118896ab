using IncidentCore.Policy;
using IncidentCore.Ports;
using Microsoft.Extensions.Logging;

namespace IncidentCore.Hosting;

/// <summary>The default escalation hook: logs the failure at Error (event id 1005).</summary>
internal sealed class LoggingEscalationHook(ILogger logger) : IEscalationHook
{
    public ValueTask EscalateAsync(StorageFailure failure, CancellationToken cancellationToken = default)
    {
        Log.StorageFailureEscalated(logger, failure.Operation.ToWireName(), failure.ActorUserId, failure.Exception.GetType().Name, failure.OccurredAt);
        return ValueTask.CompletedTask;
    }
}
