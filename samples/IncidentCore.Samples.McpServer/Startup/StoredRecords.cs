using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Which of a seed file's products, components and incidents the store already holds, by id: read (never written)
/// through the store's own unit of work, in one unit of work that commits nothing, before any of them is created.
/// </summary>
internal static class StoredRecords
{
    public static async Task<HashSet<(EntityType Type, string Id)>> FindAsync(IUnitOfWorkFactory store, SeedContent seed, CancellationToken cancellationToken)
    {
        var stored = new HashSet<(EntityType, string)>();
        await using var unit = await store.BeginAsync(cancellationToken);
        var work = unit as IIncidentUnitOfWork
            ?? throw new InvalidOperationException($"The store does not hold incidents: its units of work must implement {nameof(IIncidentUnitOfWork)} to seed products, components and incidents.");

        foreach (var product in seed.Products)
        {
            if (await work.Products.FindByIdAsync(product.ProductId, cancellationToken) is not null)
            {
                stored.Add((EntityType.Product, product.ProductId));
            }
        }

        foreach (var component in seed.Components)
        {
            if (await work.Components.FindByIdAsync(component.ComponentId, cancellationToken) is not null)
            {
                stored.Add((EntityType.InfrastructureComponent, component.ComponentId));
            }
        }

        foreach (var incident in seed.Incidents)
        {
            if (await work.Incidents.FindByIdAsync(incident.IncidentId, cancellationToken) is not null)
            {
                stored.Add((EntityType.Incident, incident.IncidentId));
            }
        }

        return stored;
    }
}
