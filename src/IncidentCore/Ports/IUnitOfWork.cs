namespace IncidentCore.Ports;

/// <summary>
/// One procedure's access to storage. Reads see committed data; writes are staged and then committed together
/// with their audit entries, all or nothing. Disposing without committing discards what was staged.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    /// <summary>The clients.</summary>
    IClientRepository Clients { get; }

    /// <summary>The users.</summary>
    IUserRepository Users { get; }

    /// <summary>The vendors.</summary>
    IVendorRepository Vendors { get; }

    /// <summary>The audit trail.</summary>
    IAuditTrail AuditTrail { get; }

    /// <summary>
    /// Stages a guard on the acting user: at commit, the user's stored record must still exist at exactly
    /// <paramref name="version"/>, otherwise <see cref="CommitAsync"/> returns <see cref="CommitResult.Conflict"/> and writes
    /// nothing (no record, no audit entry). It keeps a change from being committed on an authorization that no longer holds.
    /// </summary>
    /// <param name="userId">The acting user's id.</param>
    /// <param name="version">The version of the user's record that was read and authorized.</param>
    void GuardActor(string userId, long version);

    /// <summary>
    /// Commits every staged write and audit entry atomically. A unique key already taken, a record changed since it
    /// was read, or a guarded actor changed since it was read is reported in the result, never thrown; in each case
    /// nothing was written. A store throws <see cref="CommitOutcomeUnknownException"/> when the commit was sent but
    /// whether it took effect is unknown.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call; a cancelled commit writes nothing.</param>
    /// <returns>Whether the commit happened, and if not, why.</returns>
    ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default);
}
