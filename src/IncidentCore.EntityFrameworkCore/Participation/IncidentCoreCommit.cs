using IncidentCore.Domain;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// What a unit of work is about to commit, as shown to an <see cref="IIncidentCoreCommitParticipant{TContext}"/>: the
/// records it adds or updates and the audit entries that record the change. Audit entries never hold a personal value.
/// </summary>
public sealed class IncidentCoreCommit
{
    internal IncidentCoreCommit(IReadOnlyList<object> records, IReadOnlyList<AuditEntry> auditEntries)
    {
        Records = records;
        AuditEntries = auditEntries;
    }

    /// <summary>
    /// The records added or updated, as staged: <see cref="Client"/>, <see cref="User"/> and <see cref="Vendor"/> instances,
    /// and those of the incident domain (<see cref="Domain.Incidents.Product"/>, <see cref="Domain.Incidents.InfrastructureComponent"/>,
    /// <see cref="Domain.Incidents.Incident"/>, <see cref="Domain.Incidents.Escalation"/>, <see cref="Domain.Incidents.Communication"/>,
    /// <see cref="Domain.Incidents.PostIncidentReview"/>) and of the approval domain (<see cref="Domain.Approvals.ChangeRequest"/>,
    /// <see cref="Domain.Approvals.RollbackRequest"/>: a completed rollback is listed with its rolled-back change). An
    /// incident update's history rows are saved with it and not listed.
    /// </summary>
    public IReadOnlyList<object> Records { get; }

    /// <summary>The audit entries committed with them (for a procedure, one entry with outcome <see cref="AuditOutcome.Succeeded"/>).</summary>
    public IReadOnlyList<AuditEntry> AuditEntries { get; }
}
