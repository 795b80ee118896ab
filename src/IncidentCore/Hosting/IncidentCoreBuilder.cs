using System.Diagnostics.CodeAnalysis;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentCore.Hosting;

/// <summary>
/// Configures IncidentCore in a service collection. Every method is safe to call more than once, and services the
/// host registers itself win over the library's defaults.
/// </summary>
public sealed class IncidentCoreBuilder
{
    internal IncidentCoreBuilder(IServiceCollection services, IncidentCoreOptions options)
    {
        Services = services;
        Options = options;
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    internal IncidentCoreOptions Options { get; }

    /// <summary>Changes the options.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    public IncidentCoreBuilder Configure(Action<IncidentCoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Options);
        return this;
    }

    /// <summary>
    /// Uses the host's own storage as singletons: replaces any registered <see cref="IUnitOfWorkFactory"/> and <see cref="IIdGenerator"/>.
    /// </summary>
    /// <typeparam name="TUnitOfWorkFactory">The host's unit-of-work factory.</typeparam>
    /// <typeparam name="TIdGenerator">The host's id generator.</typeparam>
    /// <returns>This builder.</returns>
    public IncidentCoreBuilder UseStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TUnitOfWorkFactory, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TIdGenerator>()
        where TUnitOfWorkFactory : class, IUnitOfWorkFactory
        where TIdGenerator : class, IIdGenerator =>
        UseStore<TUnitOfWorkFactory, TIdGenerator>(ServiceLifetime.Singleton);

    /// <summary>
    /// Uses the host's own storage: replaces any registered <see cref="IUnitOfWorkFactory"/> and <see cref="IIdGenerator"/>.
    /// </summary>
    /// <typeparam name="TUnitOfWorkFactory">The host's unit-of-work factory.</typeparam>
    /// <typeparam name="TIdGenerator">The host's id generator.</typeparam>
    /// <param name="lifetime">The lifetime of both services (for example scoped, for a store that holds a connection per scope).</param>
    /// <returns>This builder.</returns>
    public IncidentCoreBuilder UseStore<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TUnitOfWorkFactory, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TIdGenerator>(ServiceLifetime lifetime)
        where TUnitOfWorkFactory : class, IUnitOfWorkFactory
        where TIdGenerator : class, IIdGenerator
    {
        Services.Replace(ServiceDescriptor.Describe(typeof(IUnitOfWorkFactory), typeof(TUnitOfWorkFactory), lifetime));
        Services.Replace(ServiceDescriptor.Describe(typeof(IIdGenerator), typeof(TIdGenerator), lifetime));
        return this;
    }

    /// <summary>Uses the host's own storage, created by factories.</summary>
    /// <param name="unitOfWorkFactory">Creates the unit-of-work factory.</param>
    /// <param name="idGenerator">Creates the id generator.</param>
    /// <returns>This builder.</returns>
    public IncidentCoreBuilder UseStore(Func<IServiceProvider, IUnitOfWorkFactory> unitOfWorkFactory, Func<IServiceProvider, IIdGenerator> idGenerator)
    {
        ArgumentNullException.ThrowIfNull(unitOfWorkFactory);
        ArgumentNullException.ThrowIfNull(idGenerator);
        Services.Replace(ServiceDescriptor.Singleton(unitOfWorkFactory));
        Services.Replace(ServiceDescriptor.Singleton(idGenerator));
        return this;
    }

    /// <summary>Replaces the escalation hook told about storage failures (the default logs at Error).</summary>
    /// <typeparam name="THook">The host's hook.</typeparam>
    /// <returns>This builder.</returns>
    public IncidentCoreBuilder UseEscalationHook<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THook>()
        where THook : class, IEscalationHook
    {
        Services.Replace(ServiceDescriptor.Singleton<IEscalationHook, THook>());
        return this;
    }
}
