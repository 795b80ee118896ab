using IncidentCore.Domain;
using IncidentCore.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// The store's id generator, which hands the seed file's own id to the one procedure call creating that record: the
/// seed's products, components and incidents keep the ids the file gives them (so its components can name its
/// products, and agents the ids they know) while the procedure validates, authorizes and audits the record as usual.
/// Outside such a call every id comes from the store's generator.
/// </summary>
internal sealed class SeedRecordIds(IIdGenerator inner) : IIdGenerator
{
    private Planned? _next;

    /// <summary>The next id asked for a record of <paramref name="entityType"/> is <paramref name="id"/>.</summary>
    public void HandOut(EntityType entityType, string id) => Interlocked.Exchange(ref _next, new Planned(entityType, id));

    /// <summary>Forgets an id that no call asked for (the call halted before creating its record).</summary>
    public void Clear() => Interlocked.Exchange(ref _next, null);

    public string NewId(EntityType entityType)
    {
        var planned = Volatile.Read(ref _next);
        if (planned is not null && planned.EntityType == entityType && Interlocked.CompareExchange(ref _next, null, planned) == planned)
        {
            return planned.Id;
        }

        return inner.NewId(entityType);
    }

    public string NewAuditId() => inner.NewAuditId();

    /// <summary>Wraps the registered id generator; the wrapper is also registered as itself for the seeding code.</summary>
    public static void Register(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IIdGenerator));
        services.AddSingleton(sp => new SeedRecordIds(SeedAwareIdGenerator.Resolve(original, sp)));
        services.Replace(ServiceDescriptor.Singleton<IIdGenerator>(sp => sp.GetRequiredService<SeedRecordIds>()));
    }

    private sealed record Planned(EntityType EntityType, string Id);
}
