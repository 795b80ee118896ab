using IncidentCore.EntityFrameworkCore;
using IncidentCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Entity Framework Core store with IncidentCore.</summary>
public static class EntityFrameworkIncidentCoreBuilderExtensions
{
    /// <summary>
    /// Stores clients, users, vendors, the incident domain, change and rollback requests and the audit trail through the
    /// host's <typeparamref name="TContext"/>, whose model must include IncidentCore's
    /// (<c>modelBuilder.ApplyIncidentCoreModel()</c>). Register the context itself as usual (<c>AddDbContext</c>,
    /// <c>AddDbContextPool</c> or <c>AddDbContextFactory</c>); every unit of work uses a context of its own. Replaces
    /// any store registered before; ids are time-ordered GUIDs.
    /// </summary>
    /// <typeparam name="TContext">The host's context.</typeparam>
    /// <param name="builder">The IncidentCore builder.</param>
    /// <returns>The store's builder, to set the provider's error classifier and add commit participants.</returns>
    public static EntityFrameworkStoreBuilder<TContext> AddEntityFrameworkStores<TContext>(this IncidentCoreBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var settings = FindSettings<TContext>(services);
        if (settings is null)
        {
            settings = new EntityFrameworkStoreSettings<TContext>();
            services.AddSingleton(settings);
        }

        services.TryAddScoped<ContextOwner>();
        builder.UseStore(
            sp => new EntityFrameworkUnitOfWorkFactory<TContext>(
                sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<EntityFrameworkStoreSettings<TContext>>(), sp.GetService<ILoggerFactory>()),
            _ => new GuidIdGenerator());
        return new EntityFrameworkStoreBuilder<TContext>(builder, settings);
    }

    private static EntityFrameworkStoreSettings<TContext>? FindSettings<TContext>(IServiceCollection services)
        where TContext : DbContext
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(EntityFrameworkStoreSettings<TContext>) && !descriptor.IsKeyedService
                && descriptor.ImplementationInstance is EntityFrameworkStoreSettings<TContext> existing)
            {
                return existing;
            }
        }

        return null;
    }
}
