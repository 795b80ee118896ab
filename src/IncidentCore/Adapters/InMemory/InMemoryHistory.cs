using System.Collections.Concurrent;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Adapters.InMemory;

/// <summary>Each incident's history rows, in the order their commits wrote them.</summary>
internal sealed class InMemoryHistory
{
    private readonly ConcurrentDictionary<string, List<IncidentHistoryEntry>> _byIncident = new(StringComparer.Ordinal);

    public void Append(IncidentHistoryEntry row)
    {
        var rows = _byIncident.GetOrAdd(row.IncidentId, static _ => []);
        lock (rows)
        {
            rows.Add(row);
        }
    }

    public IReadOnlyList<IncidentHistoryEntry> List(string incidentId)
    {
        if (!_byIncident.TryGetValue(incidentId, out var rows))
        {
            return [];
        }

        lock (rows)
        {
            return [.. rows];
        }
    }
}
