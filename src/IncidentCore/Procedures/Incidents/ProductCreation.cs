using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ProductFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Product creation: a system administrator or technical support adds a product. Its name must be unique and a support
/// vendor, when given, must exist; status defaults to active; the creation is audited.
/// </summary>
public sealed class ProductCreation
{
    /// <summary>
    /// Inputs: required product_name (unique), product_type; optional version, support_vendor_id (must exist), status
    /// (default active). Who may run it: <see cref="PolicyTable"/> rows for product_create.
    /// </summary>
    internal static readonly CreateSop<ProductCreateRequest, Product> Sop = new()
    {
        Operation = Operation.ProductCreate,
        EntityType = EntityType.Product,
        IdField = "product_id",
        Inputs =
        [
            new SopInput<ProductCreateRequest, Product>(Field.ProductName, r => r.ProductName).Required(),
            new SopInput<ProductCreateRequest, Product>(Field.ProductType, r => r.ProductType).Required(),
            new SopInput<ProductCreateRequest, Product>(Field.Version, r => r.Version),
            new SopInput<ProductCreateRequest, Product>(Field.SupportVendorId, r => r.SupportVendorId),
            new SopInput<ProductCreateRequest, Product>(Field.Status, r => r.Status).Default(ProductStatus.Active, IncidentWireNames.ProductStatus),
        ],
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new Product
        {
            ProductId = id,
            ProductName = v.Text(Field.ProductName),
            ProductType = v.Text(Field.ProductType),
            ProductVersion = v.OptionalText(Field.Version),
            SupportVendorId = v.OptionalText(Field.SupportVendorId),
            Status = (ProductStatus)v.Number(Field.Status),
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, product) => IncidentStore.Of(work).Products.Add(product),
    };

    private readonly SopPipeline _pipeline;

    internal ProductCreation(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Creates a product.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The product's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new product_id, or a halt (validation_failed, unauthorized, duplicate, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> CreateAsync(string actorUserId, ProductCreateRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
