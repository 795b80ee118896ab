using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Field = IncidentCore.Procedures.Definitions.ComponentFields;

namespace IncidentCore.Procedures.Incidents;

/// <summary>
/// Component creation: a system administrator or technical support adds an infrastructure component. Its name must be
/// unique within its product and the product, when given, must exist; the creation is audited.
/// </summary>
public sealed class ComponentCreation
{
    /// <summary>
    /// Inputs: required component_name (unique within the product), component_type, environment; optional product_id
    /// (must exist), location, port_number (1–65535), operational_status (default operational). Who may run it:
    /// <see cref="PolicyTable"/> rows for component_create.
    /// </summary>
    internal static readonly CreateSop<ComponentCreateRequest, InfrastructureComponent> Sop = new()
    {
        Operation = Operation.ComponentCreate,
        EntityType = EntityType.InfrastructureComponent,
        IdField = "component_id",
        Inputs =
        [
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.ComponentName, r => r.ComponentName).Required(),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.ComponentType, r => r.ComponentType).Required(),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.Environment, r => r.Environment).Required(),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.ProductId, r => r.ProductId),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.Location, r => r.Location),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.PortNumber, r => r.PortNumber),
            new SopInput<ComponentCreateRequest, InfrastructureComponent>(Field.OperationalStatus, r => r.OperationalStatus)
                .Default(OperationalStatus.Operational, IncidentWireNames.OperationalStatus),
        ],
        Check = static (c, ct) =>
            Field.NameIsFreeAsync(c.Work, c.Values.OptionalText(Field.ProductId), c.Values.Text(Field.ComponentName), null, c.Describe, ct),
        Build = static (in SopValues v, string id, string actor, DateTimeOffset now) => new InfrastructureComponent
        {
            ComponentId = id,
            ComponentName = v.Text(Field.ComponentName),
            ComponentType = v.Text(Field.ComponentType),
            Environment = (ComponentEnvironment)v.Number(Field.Environment),
            ProductId = v.OptionalText(Field.ProductId),
            Location = v.OptionalText(Field.Location),
            PortNumber = v.IsSet(Field.PortNumber) ? (int)v.Number(Field.PortNumber) : null,
            OperationalStatus = (OperationalStatus)v.Number(Field.OperationalStatus),
            CreatedAt = now,
            UpdatedAt = now,
        },
        Stage = static (work, component) => IncidentStore.Of(work).Components.Add(component),
    };

    private readonly SopPipeline _pipeline;

    internal ComponentCreation(SopPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Creates an infrastructure component.</summary>
    /// <param name="actorUserId">The acting user's id, as the host authenticated it.</param>
    /// <param name="request">The component's details in wire form.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call changes nothing.</param>
    /// <returns>The new component_id, or a halt (validation_failed, unauthorized, duplicate, not_found, conflict, storage_failure).</returns>
    public ValueTask<SopResult<string>> CreateAsync(string actorUserId, ComponentCreateRequest request, CancellationToken cancellationToken = default) =>
        _pipeline.CreateAsync(Sop, actorUserId, request, cancellationToken);
}
