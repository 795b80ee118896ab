using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>Every incident-domain record an in-memory store holds, history rows included, in id order.</summary>
internal sealed record IncidentRecords(
    IReadOnlyList<Product> Products,
    IReadOnlyList<InfrastructureComponent> Components,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<IncidentHistoryEntry> History,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<Communication> Communications,
    IReadOnlyList<PostIncidentReview> Reviews)
{
    public static IncidentRecords Of(InMemoryStore store)
    {
        var incidents = Sorted(store.Incidents.ById, i => i.IncidentId);
        return new IncidentRecords(
            Sorted(store.Products.ById, p => p.ProductId),
            Sorted(store.Components.ById, c => c.ComponentId),
            incidents,
            [.. incidents.SelectMany(i => store.History.List(i.IncidentId))],
            Sorted(store.Escalations.ById, e => e.EscalationId),
            Sorted(store.Communications.ById, c => c.CommunicationId),
            Sorted(store.Reviews.ById, r => r.ReviewId));
    }

    public bool SameAs(IncidentRecords other) =>
        Products.SequenceEqual(other.Products)
        && Components.SequenceEqual(other.Components)
        && Incidents.SequenceEqual(other.Incidents)
        && History.SequenceEqual(other.History)
        && Escalations.SequenceEqual(other.Escalations)
        && Communications.SequenceEqual(other.Communications)
        && Reviews.SequenceEqual(other.Reviews);

    public override string ToString() =>
        $"{Products.Count} products, {Components.Count} components, {Incidents.Count} incidents ({History.Count} history rows), "
        + $"{Escalations.Count} escalations, {Communications.Count} communications, {Reviews.Count} reviews";

    private static List<T> Sorted<T>(IEnumerable<KeyValuePair<string, T>> table, Func<T, string> idOf) =>
        [.. table.Select(pair => pair.Value).OrderBy(idOf, StringComparer.Ordinal)];
}
