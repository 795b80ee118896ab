using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Verification.Tests.Support;

/// <summary><see cref="SeedRecords"/> plus a product the seeded vendor supports and one of its components, for the incident procedures.</summary>
internal static class IncidentSeedRecords
{
    public const string ProductId = "300";
    public const string ComponentId = "400";

    public static void Seed(InMemorySeedData seed)
    {
        SeedRecords.Seed(seed);
        seed.Products.Add(new Product
        {
            ProductId = ProductId, ProductName = "Seeded Ledger", ProductType = "service", SupportVendorId = SeedRecords.VendorId,
            CreatedAt = PolicyClock.Now.AddDays(-10), UpdatedAt = PolicyClock.Now.AddDays(-10),
        });
        seed.Components.Add(new InfrastructureComponent
        {
            ComponentId = ComponentId, ComponentName = "ledger-db", ComponentType = "database", Environment = ComponentEnvironment.Production,
            ProductId = ProductId, CreatedAt = PolicyClock.Now.AddDays(-10), UpdatedAt = PolicyClock.Now.AddDays(-10),
        });
    }
}
