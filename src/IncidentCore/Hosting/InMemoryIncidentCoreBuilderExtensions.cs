using IncidentCore.Adapters.InMemory;
using IncidentCore.Hosting;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the in-memory stores that ship with IncidentCore.</summary>
public static class InMemoryIncidentCoreBuilderExtensions
{
    /// <summary>
    /// Uses the in-memory stores (unless the host registered its own storage), optionally seeded with existing
    /// records. Calling it again adds to the same seed.
    /// </summary>
    /// <param name="builder">The IncidentCore builder.</param>
    /// <param name="seed">Adds existing records (for example the first system administrator).</param>
    /// <returns>The builder.</returns>
    public static IncidentCoreBuilder AddInMemoryStores(this IncidentCoreBuilder builder, Action<InMemorySeedData>? seed = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        InMemorySeedData? data = null;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(InMemorySeedData) && descriptor.ImplementationInstance is InMemorySeedData existing)
            {
                data = existing;
                break;
            }
        }

        if (data is null)
        {
            data = new InMemorySeedData();
            services.AddSingleton(data);
        }

        seed?.Invoke(data);

        services.TryAddSingleton(sp => new InMemoryStore(sp.GetRequiredService<InMemorySeedData>()));
        services.TryAddSingleton<IUnitOfWorkFactory>(sp => sp.GetRequiredService<InMemoryStore>());
        services.TryAddSingleton<IIdGenerator>(sp => sp.GetRequiredService<InMemoryStore>());
        return builder;
    }
}
