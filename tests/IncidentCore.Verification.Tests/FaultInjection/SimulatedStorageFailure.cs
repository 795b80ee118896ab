namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>The failure a <see cref="FaultPlan"/> injects: what a lost connection or a failed transaction looks like to a procedure.</summary>
public sealed class SimulatedStorageFailure : Exception
{
    public SimulatedStorageFailure()
        : base("Simulated storage failure.")
    {
    }

    public SimulatedStorageFailure(string message)
        : base(message)
    {
    }

    public SimulatedStorageFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
