using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>The audit sink: entries are staged in the unit of work and committed with the change they record.</summary>
public interface IAuditTrail
{
    /// <summary>Stages an entry; it becomes part of the trail only when the unit of work commits.</summary>
    /// <param name="entry">The entry.</param>
    void Append(AuditEntry entry);

    /// <summary>
    /// Reads the trail in the order entries were committed, a page at a time, by key: the entries strictly after the
    /// entry with audit id <paramref name="afterAuditId"/>, so reading a page costs the same however long the trail is.
    /// Pass the last audit id of one page to get the next. An audit id that is not in the trail gives an empty page.
    /// </summary>
    /// <param name="afterAuditId">The audit id of the last entry already read, or <see langword="null"/> to start at the first entry.</param>
    /// <param name="take">How many to return at most; zero or less gives an empty page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<AuditEntry>> ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken = default);

    /// <summary>Counts the committed entries.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of entries.</returns>
    ValueTask<long> CountAsync(CancellationToken cancellationToken = default);
}
