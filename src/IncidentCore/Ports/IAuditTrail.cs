using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>The audit sink: entries are staged in the unit of work and committed with the change they record.</summary>
public interface IAuditTrail
{
    /// <summary>Stages an entry; it becomes part of the trail only when the unit of work commits.</summary>
    /// <param name="entry">The entry.</param>
    void Append(AuditEntry entry);

    /// <summary>Reads the trail in the order entries were committed, a page at a time.</summary>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<AuditEntry>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Counts the committed entries.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of entries.</returns>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);
}
