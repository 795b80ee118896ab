using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The approval domain of a unit of work, for stores that hold it.</summary>
internal static class ApprovalStore
{
    /// <summary>The unit of work's change and rollback repositories.</summary>
    /// <exception cref="InvalidOperationException">The host's store does not hold change requests (a configuration error).</exception>
    public static IApprovalUnitOfWork Of(IUnitOfWork work) => work as IApprovalUnitOfWork
        ?? throw new InvalidOperationException(
            $"The registered store does not hold change requests: its units of work must implement {nameof(IApprovalUnitOfWork)} for the change and rollback procedures.");
}
