using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>
/// The fields of an infrastructure component, each said once with its rules. The name is unique within its product:
/// its key includes the product, so the create and update SOPs check it with the product the record will have.
/// </summary>
internal static class ComponentFields
{
    // Unique within its product (NameIsFreeAsync); the key given here bounds the normalised name for every store.
    public static readonly RecordField<InfrastructureComponent> ComponentName = new(DomainFields.InfrastructureComponent, 0, "component_name", FieldKind.Text, c => c.ComponentName)
    {
        Key = static name => UniqueKeys.ComponentName(null, name),
    };

    public static readonly RecordField<InfrastructureComponent> ComponentType = new(DomainFields.InfrastructureComponent, 1, "component_type", FieldKind.Text, c => c.ComponentType);

    public static readonly RecordField<InfrastructureComponent> Environment = new(DomainFields.InfrastructureComponent, 2, "environment", FieldKind.Enumeration, c => c.Environment.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.ComponentEnvironment),
    };

    public static readonly RecordField<InfrastructureComponent> ProductId = new(DomainFields.InfrastructureComponent, 3, "product_id", FieldKind.Id, c => c.ProductId)
    {
        References = EntityType.Product,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Products.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<InfrastructureComponent> Location = new(DomainFields.InfrastructureComponent, 4, "location", FieldKind.Text, c => c.Location);

    public static readonly RecordField<InfrastructureComponent> PortNumber = new(DomainFields.InfrastructureComponent, 5, "port_number", FieldKind.Integer,
        c => c.PortNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture))
    {
        Minimum = 1,
        Maximum = 65535,
    };

    public static readonly RecordField<InfrastructureComponent> OperationalStatus = new(DomainFields.InfrastructureComponent, 6, "operational_status", FieldKind.Enumeration,
        c => c.OperationalStatus.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.OperationalStatus),
    };

    public static readonly RecordLookup<InfrastructureComponent> FindById = (work, id, ct) => IncidentStore.Of(work).Components.FindByIdAsync(id, ct);

    /// <summary>The component name within a product is free, or held by <paramref name="currentId"/> itself.</summary>
    public static async ValueTask<Definitions.SopCheckFailure?> NameIsFreeAsync(
        Ports.IUnitOfWork work, string? productId, string name, string? currentId, Messages.IncidentCoreErrorDescriber describe, CancellationToken cancellationToken)
    {
        var holder = await IncidentStore.Of(work).Components.FindByNameAsync(UniqueKeys.ComponentName(productId, name), cancellationToken).ConfigureAwait(false);
        return holder is not null && !string.Equals(holder.ComponentId, currentId, StringComparison.Ordinal)
            ? new SopCheckFailure(Procedures.HaltCode.Duplicate, [describe.Duplicate("component_name", EntityType.InfrastructureComponent)])
            : null;
    }
}
