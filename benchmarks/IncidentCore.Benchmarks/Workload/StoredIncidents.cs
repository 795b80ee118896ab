using System.Globalization;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// Fills a store with incidents and audit entries faster than the procedures would (incidents cannot be seeded):
/// straight into the in-memory tables, as a commit leaves them. Client 1 always holds <see cref="OfClientOne"/>
/// incidents, so a page of its incidents is the same page at any store size; the rest are spread over the other
/// clients. Their ids (<c>seed-n</c>) never meet the store's own numbers.
/// </summary>
internal static class StoredIncidents
{
    public const int OfClientOne = 100;

    public static string IdOf(long n) => "seed-" + n.ToString(CultureInfo.InvariantCulture);

    public static void Fill(BenchmarkStore target, int count, int clients)
    {
        var store = target.Store;
        for (var n = 0; n < count; n++)
        {
            var clientId = (n < OfClientOne ? 1 : 2 + (n % (clients - 1))).ToString(CultureInfo.InvariantCulture);
            var incident = new Incident
            {
                IncidentId = IdOf(n),
                Title = "Stored incident",
                Category = "database",
                Severity = Severity.P3,
                ImpactLevel = IncidentLevel.Medium,
                UrgencyLevel = IncidentLevel.High,
                ClientId = clientId,
                ComponentId = BenchmarkStore.ComponentId,
                ReporterUserId = BenchmarkStore.IncidentManagerId,
                DetectionTimestamp = DateTimeOffset.UnixEpoch,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            if (!store.Incidents.TryApply(incident).IsCommitted)
            {
                throw new InvalidOperationException("Stored incident refused.");
            }

            store.IncidentsByClient.Add(clientId, incident.IncidentId);
        }
    }

    /// <summary>Audit entries numbered 1 to <paramref name="count"/>, as the store numbers its own.</summary>
    public static AuditEntry[] AuditEntries(int count)
    {
        var entries = new AuditEntry[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new AuditEntry
            {
                AuditId = (i + 1).ToString(CultureInfo.InvariantCulture),
                Action = AuditAction.Create,
                EntityType = EntityType.Client,
                EntityId = "1",
                ActorUserId = BenchmarkStore.AdministratorId,
                CreatedAt = DateTimeOffset.UnixEpoch,
                Outcome = AuditOutcome.Succeeded,
                Reason = "seeded",
            };
        }

        return entries;
    }
}
