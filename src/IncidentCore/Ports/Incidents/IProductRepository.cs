using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Product records. The product name is unique by its key (<see cref="Domain.Normalization.UniqueKeys.ProductName"/>).</summary>
public interface IProductRepository
{
    /// <summary>Finds a product by id.</summary>
    /// <param name="productId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<Product?> FindByIdAsync(string productId, CancellationToken cancellationToken = default);

    /// <summary>Finds a product by its name key.</summary>
    /// <param name="productNameKey">The key from <see cref="Domain.Normalization.UniqueKeys.ProductName"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The product, or <see langword="null"/>.</returns>
    ValueTask<Product?> FindByNameAsync(string productNameKey, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(Product record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(Product record);
}
