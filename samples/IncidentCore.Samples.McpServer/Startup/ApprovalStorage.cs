using IncidentCore.Ports;
using IncidentCore.Ports.Approvals;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Whether the store the server runs on holds change and rollback requests (its units of work implement
/// <see cref="IApprovalUnitOfWork"/>, as the in-memory store's do). The change and rollback tools are offered only on
/// such a store. Found out once at start-up, before the server serves.
/// </summary>
internal sealed class ApprovalStorage
{
    private bool? _isHeld;

    /// <summary>Whether the store holds change and rollback requests.</summary>
    /// <exception cref="InvalidOperationException">Asked before <see cref="DetectAsync"/> ran.</exception>
    public bool IsHeld => _isHeld ?? throw new InvalidOperationException("The store has not been asked yet whether it holds change requests.");

    /// <summary>Begins (and ends, committing nothing) one unit of work to see what the store holds.</summary>
    public async Task DetectAsync(IUnitOfWorkFactory store, CancellationToken cancellationToken)
    {
        await using var work = await store.BeginAsync(cancellationToken);
        _isHeld = work is IApprovalUnitOfWork;
    }
}
