using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The infrastructure components table: untracked reads, and writes staged in the unit of work with their name key (which includes the product).</summary>
internal sealed class EntityFrameworkComponentRepository(EntityFrameworkUnitOfWork work) : IComponentRepository
{
    public ValueTask<InfrastructureComponent?> FindByIdAsync(string componentId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ComponentById, componentId, cancellationToken);

    public ValueTask<InfrastructureComponent?> FindByNameAsync(string componentNameKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ComponentByName, componentNameKey, cancellationToken);

    public void Add(InfrastructureComponent record) => work.StageAdd(record, SetKeys);

    public void Update(InfrastructureComponent record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, SetKeys);
    }

    private static void SetKeys(EntityEntry<InfrastructureComponent> entry) =>
        entry.Property<string>(ModelNames.ComponentNameKey).CurrentValue = UniqueKeys.ComponentName(entry.Entity.ProductId, entry.Entity.ComponentName);
}
