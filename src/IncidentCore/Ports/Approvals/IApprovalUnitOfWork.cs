using IncidentCore.Ports.Incidents;

namespace IncidentCore.Ports.Approvals;

/// <summary>
/// A unit of work that also holds change and rollback requests. A store that supports approvals implements this on its
/// units of work; the change and rollback procedures require it. Everything staged here commits with the other writes
/// and audit entries of the same unit of work, all or nothing (a completed rollback and its rolled-back change together).
/// </summary>
public interface IApprovalUnitOfWork : IIncidentUnitOfWork
{
    /// <summary>The change requests.</summary>
    IChangeRequestRepository ChangeRequests { get; }

    /// <summary>The rollback requests.</summary>
    IRollbackRequestRepository RollbackRequests { get; }
}
