using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>Disposes, with a unit of work's service scope, a context the store made from the host's <see cref="IDbContextFactory{TContext}"/>.</summary>
internal sealed class ContextOwner : IAsyncDisposable, IDisposable
{
    private DbContext? _context;

    public void Own(DbContext context) => _context = context;

    public ValueTask DisposeAsync() => _context?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _context?.Dispose();
}
