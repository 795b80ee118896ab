using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain.Incidents;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Support;

/// <summary>Every incident-domain record the in-memory store holds at one moment (history rows included), comparable by value.</summary>
internal sealed record IncidentStoreSnapshot(
    IReadOnlyList<Product> Products,
    IReadOnlyList<InfrastructureComponent> Components,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<IncidentHistoryEntry> History,
    IReadOnlyList<Escalation> Escalations,
    IReadOnlyList<Communication> Communications,
    IReadOnlyList<PostIncidentReview> Reviews)
{
    public static IncidentStoreSnapshot Of(TestHost host)
    {
        var store = (InMemoryStore)host.Provider.GetRequiredService<IUnitOfWorkFactory>();
        var incidents = Sorted(store.Incidents.ById, i => i.IncidentId);
        return new IncidentStoreSnapshot(
            Sorted(store.Products.ById, p => p.ProductId),
            Sorted(store.Components.ById, c => c.ComponentId),
            incidents,
            [.. incidents.SelectMany(i => store.History.List(i.IncidentId))],
            Sorted(store.Escalations.ById, e => e.EscalationId),
            Sorted(store.Communications.ById, c => c.CommunicationId),
            Sorted(store.Reviews.ById, r => r.ReviewId));
    }

    public void AssertEqual(IncidentStoreSnapshot other)
    {
        Assert.Equal(Products, other.Products);
        Assert.Equal(Components, other.Components);
        Assert.Equal(Incidents, other.Incidents);
        Assert.Equal(History, other.History);
        Assert.Equal(Escalations, other.Escalations);
        Assert.Equal(Communications, other.Communications);
        Assert.Equal(Reviews, other.Reviews);
    }

    private static List<T> Sorted<T>(IEnumerable<KeyValuePair<string, T>> table, Func<T, string> idOf) =>
        [.. table.Select(pair => pair.Value).OrderBy(idOf, StringComparer.Ordinal)];
}
