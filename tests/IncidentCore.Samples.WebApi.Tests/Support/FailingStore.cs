using IncidentCore.Ports;

namespace IncidentCore.Samples.WebApi.Tests.Support;

/// <summary>A store whose every unit of work fails to begin, as a database that is down would.</summary>
public sealed class FailingStore : IUnitOfWorkFactory
{
    public ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromException<IUnitOfWork>(new InvalidOperationException("The database is unreachable."));
}
