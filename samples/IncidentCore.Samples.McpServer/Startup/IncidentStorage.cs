using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Whether the store the server runs on holds incidents (its units of work implement <see cref="IIncidentUnitOfWork"/>,
/// as the in-memory store's do). The incident tools are offered, and a seed file's products, components and incidents
/// loaded, only on such a store. Found out once at start-up, before the server serves.
/// </summary>
internal sealed class IncidentStorage
{
    private bool? _isHeld;

    /// <summary>Whether the store holds incidents.</summary>
    /// <exception cref="InvalidOperationException">Asked before <see cref="DetectAsync"/> ran.</exception>
    public bool IsHeld => _isHeld ?? throw new InvalidOperationException("The store has not been asked yet whether it holds incidents.");

    /// <summary>Begins (and ends, committing nothing) one unit of work to see what the store holds.</summary>
    public async Task DetectAsync(IUnitOfWorkFactory store, CancellationToken cancellationToken)
    {
        await using var work = await store.BeginAsync(cancellationToken);
        _isHeld = work is IIncidentUnitOfWork;
    }
}
