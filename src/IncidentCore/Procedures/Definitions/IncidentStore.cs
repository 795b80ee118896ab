using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The incident domain of a unit of work, for stores that hold it.</summary>
internal static class IncidentStore
{
    /// <summary>The unit of work's incident repositories.</summary>
    /// <exception cref="InvalidOperationException">The host's store does not hold incidents (a configuration error).</exception>
    public static IIncidentUnitOfWork Of(IUnitOfWork work) => work as IIncidentUnitOfWork
        ?? throw new InvalidOperationException(
            $"The registered store does not hold incidents: its units of work must implement {nameof(IIncidentUnitOfWork)} for the incident procedures.");
}
