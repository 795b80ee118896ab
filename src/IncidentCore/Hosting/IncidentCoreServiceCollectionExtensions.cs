using IncidentCore.Hosting;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IncidentCore in a service collection.</summary>
public static class IncidentCoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the procedures, the policy engine and their defaults (the error describer, the escalation hook). Storage comes from
    /// <c>.AddInMemoryStores()</c> or the host's own (<see cref="IncidentCoreBuilder.UseStore{TUnitOfWorkFactory, TIdGenerator}()"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options; may be given on any call.</param>
    /// <returns>The builder, to add storage and hooks.</returns>
    public static IncidentCoreBuilder AddIncidentCore(this IServiceCollection services, Action<IncidentCoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = FindOptions(services);
        if (options is null)
        {
            options = new IncidentCoreOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);

        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IncidentCoreOptions>();
            o.Validate();
            return PolicyEngine.CreateDefault(o.OnlySystemAdministratorsManageSystemAdministrators, o.ForbidSelfRoleOrStatusChange);
        });
        services.TryAddSingleton<IEscalationHook>(sp => new LoggingEscalationHook(CreateLogger(sp)));
        services.TryAddSingleton<IncidentCoreErrorDescriber>();
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IncidentCoreOptions>();
            o.Validate();
            return new ProcedureSettings(o.AuditDenials, o.MaxConcurrencyRetries, o.ForbidSelfApproval);
        });
        services.TryAddTransient(sp => new SopPipeline(
            sp.GetRequiredService<IUnitOfWorkFactory>(),
            sp.GetRequiredService<IIdGenerator>(),
            sp.GetRequiredService<PolicyEngine>(),
            sp.GetRequiredService<ProcedureSettings>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            new ProcedureTelemetry(CreateLogger(sp)),
            sp.GetRequiredService<IEscalationHook>(),
            sp.GetRequiredService<IncidentCoreErrorDescriber>()));
        foreach (var procedure in SopCatalog.Registrations)
        {
            services.TryAdd(ServiceDescriptor.Transient(procedure.ServiceType, sp => procedure.Create(sp.GetRequiredService<SopPipeline>())));
        }

        services.TryAddTransient(sp => new RegistryImport(sp.GetRequiredService<SopPipeline>()));
        services.TryAddTransient(sp => new AuditTrailRead(sp.GetRequiredService<SopPipeline>()));

        return new IncidentCoreBuilder(services, options);
    }

    private static IncidentCoreOptions? FindOptions(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(IncidentCoreOptions) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is IncidentCoreOptions existing)
            {
                return existing;
            }
        }

        return null;
    }

    private static ILogger CreateLogger(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger(IncidentCoreDiagnostics.Name) ?? NullLogger.Instance;
}
