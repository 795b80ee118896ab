using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ProductFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Product update: a system administrator or technical support changes a product's name, type, version, support vendor
/// or status. The name stays unique and a support vendor must exist; updated_at is set; the update is audited.
/// </summary>
public sealed class ProductUpdate
{
    /// <summary>Change set: product_name (unique), product_type, version, support_vendor_id (must exist), status.</summary>
    internal static readonly UpdateSop<Product> Sop = new()
    {
        Operation = Operation.ProductUpdate,
        EntityType = EntityType.Product,
        IdField = "product_id",
        Inputs =
        [
            new SopInput<ChangeSet, Product>(Field.ProductName),
            new SopInput<ChangeSet, Product>(Field.ProductType),
            new SopInput<ChangeSet, Product>(Field.Version),
            new SopInput<ChangeSet, Product>(Field.SupportVendorId),
            new SopInput<ChangeSet, Product>(Field.Status),
        ],
        Find = Field.FindById,
        IdOf = static p => p.ProductId,
        Apply = static (in SopValues v, Product p, DateTimeOffset now) => p with
        {
            ProductName = v.TextOr(Field.ProductName, p.ProductName),
            ProductType = v.TextOr(Field.ProductType, p.ProductType),
            ProductVersion = v.OptionalTextOr(Field.Version, p.ProductVersion),
            SupportVendorId = v.OptionalTextOr(Field.SupportVendorId, p.SupportVendorId),
            Status = (ProductStatus)v.NumberOr(Field.Status, (long)p.Status),
            UpdatedAt = now,
            Version = p.Version + 1,
        },
        Stage = static (work, product) => IncidentStore.Of(work).Products.Update(product),
    };

    private readonly SopPipeline _pipeline;

    internal ProductUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates a product.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="productId">The product to update.</param>
    /// <param name="changes">The fields to change, by wire name.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated product, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<Product>> UpdateAsync(string actorUserId, string productId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, productId, changes, cancellationToken);
}
