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
    /// Commits every staged write and audit entry atomically. A unique key already taken or a record changed since it
    /// was read is reported in the result, never thrown; in both cases nothing was written.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call; a cancelled commit writes nothing.</param>
    /// <returns>Whether the commit happened, and if not, why.</returns>
    ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default);
}
