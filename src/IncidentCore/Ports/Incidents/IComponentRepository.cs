using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Infrastructure component records. A component's name is unique within its product (<see cref="Domain.Normalization.UniqueKeys.ComponentName"/>).</summary>
public interface IComponentRepository
{
    /// <summary>Finds a infrastructurecomponent by id.</summary>
    /// <param name="componentId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<InfrastructureComponent?> FindByIdAsync(string componentId, CancellationToken cancellationToken = default);

    /// <summary>Finds a component by its name key within a product.</summary>
    /// <param name="componentNameKey">The key from <see cref="Domain.Normalization.UniqueKeys.ComponentName"/> (it includes the product).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The component, or <see langword="null"/>.</returns>
    ValueTask<InfrastructureComponent?> FindByNameAsync(string componentNameKey, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(InfrastructureComponent record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(InfrastructureComponent record);
}
