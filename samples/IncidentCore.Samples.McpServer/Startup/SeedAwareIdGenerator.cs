using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Keeps the in-memory store's numbered ids clear of the ids a seed file imports: the in-memory store counts ids from
/// 1 and does not learn of records imported after it was built, so without this the first user registered in a
/// session seeded with user "1" would be given id "1" again and halt as a duplicate.
/// </summary>
internal sealed class SeedAwareIdGenerator(IIdGenerator inner, IReadOnlyDictionary<EntityType, HashSet<string>> imported) : IIdGenerator
{
    public string NewId(EntityType entityType)
    {
        var taken = imported.GetValueOrDefault(entityType);
        string id;
        do
        {
            id = inner.NewId(entityType);
        }
        while (taken is not null && taken.Contains(id));

        return id;
    }

    public string NewAuditId() => inner.NewAuditId();

    /// <summary>Wraps the registered id generator so that it never hands out an id of the seed batch.</summary>
    public static void Register(IServiceCollection services, RegistryImportBatch seed)
    {
        var imported = new Dictionary<EntityType, HashSet<string>>
        {
            [EntityType.Client] = seed.Clients.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            [EntityType.Vendor] = seed.Vendors.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            [EntityType.User] = seed.Users.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
        };
        var original = services.Last(d => d.ServiceType == typeof(IIdGenerator));
        services.Replace(ServiceDescriptor.Singleton<IIdGenerator>(sp => new SeedAwareIdGenerator(Resolve(original, sp), imported)));
    }

    /// <summary>The id generator a service descriptor registers, made outside the container so a wrapper can take its place.</summary>
    internal static IIdGenerator Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        (IIdGenerator)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
