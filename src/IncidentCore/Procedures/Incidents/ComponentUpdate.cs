using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ComponentFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Component update: a system administrator or technical support changes a component's details or operational status.
/// The name stays unique within the product the component ends up in; updated_at is set; the update is audited.
/// </summary>
public sealed class ComponentUpdate
{
    /// <summary>Change set: component_name, component_type, environment, product_id (must exist), location, port_number, operational_status.</summary>
    internal static readonly UpdateSop<InfrastructureComponent> Sop = new()
    {
        Operation = Operation.ComponentUpdate,
        EntityType = EntityType.InfrastructureComponent,
        IdField = "component_id",
        Inputs =
        [
            new SopInput<ChangeSet, InfrastructureComponent>(Field.ComponentName),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.ComponentType),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.Environment),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.ProductId),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.Location),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.PortNumber),
            new SopInput<ChangeSet, InfrastructureComponent>(Field.OperationalStatus),
        ],
        Find = Field.FindById,
        IdOf = static c => c.ComponentId,
        Check = static (c, ct) => c.Values.IsSet(Field.ComponentName) || c.Values.IsSet(Field.ProductId)
            ? Field.NameIsFreeAsync(c.Work, c.Values.OptionalTextOr(Field.ProductId, c.Current!.ProductId), c.Values.TextOr(Field.ComponentName, c.Current!.ComponentName), c.Current.ComponentId, c.Describe, ct)
            : ValueTask.FromResult<SopCheckFailure?>(null),
        Apply = static (in SopValues v, InfrastructureComponent c, DateTimeOffset now) => c with
        {
            ComponentName = v.TextOr(Field.ComponentName, c.ComponentName),
            ComponentType = v.TextOr(Field.ComponentType, c.ComponentType),
            Environment = (ComponentEnvironment)v.NumberOr(Field.Environment, (long)c.Environment),
            ProductId = v.OptionalTextOr(Field.ProductId, c.ProductId),
            Location = v.OptionalTextOr(Field.Location, c.Location),
            PortNumber = v.IsSet(Field.PortNumber) ? (v.OptionalText(Field.PortNumber) is null ? null : (int)v.Number(Field.PortNumber)) : c.PortNumber,
            OperationalStatus = (OperationalStatus)v.NumberOr(Field.OperationalStatus, (long)c.OperationalStatus),
            UpdatedAt = now,
            Version = c.Version + 1,
        },
        Stage = static (work, component) => IncidentStore.Of(work).Components.Update(component),
    };

    private readonly SopPipeline _pipeline;

    internal ComponentUpdate(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Updates an infrastructure component.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="componentId">The component to update.</param>
    /// <param name="changes">The fields to change, by wire name.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The updated component, or a halt (validation_failed, unauthorized, not_found, duplicate, conflict, storage_failure).</returns>
    public ValueTask<SopResult<InfrastructureComponent>> UpdateAsync(string actorUserId, string componentId, ChangeSet changes, CancellationToken cancellationToken = default) =>
        _pipeline.UpdateAsync(Sop, actorUserId, componentId, changes, cancellationToken);
}
