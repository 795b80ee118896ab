using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports.Incidents;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The products table: untracked reads, and writes staged in the unit of work with their name key.</summary>
internal sealed class EntityFrameworkProductRepository(EntityFrameworkUnitOfWork work) : IProductRepository
{
    public ValueTask<Product?> FindByIdAsync(string productId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ProductById, productId, cancellationToken);

    public ValueTask<Product?> FindByNameAsync(string productNameKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ProductByName, productNameKey, cancellationToken);

    public void Add(Product record) => work.StageAdd(record, SetKeys);

    public void Update(Product record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, SetKeys);
    }

    private static void SetKeys(EntityEntry<Product> entry) =>
        entry.Property<string>(ModelNames.ProductNameKey).CurrentValue = UniqueKeys.ProductName(entry.Entity.ProductName);
}
