namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>How an injected failure surfaces: thrown before the call returns, or as a faulted asynchronous result.</summary>
internal enum FaultMode
{
    Throws,
    FaultsAsynchronously,
}
