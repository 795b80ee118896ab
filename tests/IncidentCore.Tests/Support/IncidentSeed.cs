using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Tests.Support;

/// <summary>Products, components and a second vendor for the incident tests, added beside <see cref="Seed"/>.</summary>
internal static class IncidentSeed
{
    public const string VendorB = "v-b";
    public const string VendorContactOfB = "u-vc-b";
    public const string ProductOfA = "p-a";
    public const string ProductUnsupported = "p-none";
    public const string ComponentOfA = "cmp-a";
    public const string ComponentUnsupported = "cmp-none";

    public static void Add(InMemorySeedData seed)
    {
        seed.Vendors.Add(new Vendor
        {
            VendorId = VendorB, VendorName = "Vendor B", VendorType = VendorType.SecurityProvider, ContactEmail = "desk@vendor-b.example",
            ContactPhone = "+17136380001", CreatedAt = Seed.PolicyNow, UpdatedAt = Seed.PolicyNow,
        });
        seed.Users.Add(Seed.User(VendorContactOfB, UserRole.VendorContact, vendorId: VendorB));
        seed.Products.Add(new Product
        {
            ProductId = ProductOfA, ProductName = "Payments Gateway", ProductType = "service", SupportVendorId = Seed.VendorA,
            CreatedAt = Seed.PolicyNow, UpdatedAt = Seed.PolicyNow,
        });
        seed.Products.Add(new Product { ProductId = ProductUnsupported, ProductName = "Intranet", ProductType = "web", CreatedAt = Seed.PolicyNow, UpdatedAt = Seed.PolicyNow });
        seed.Components.Add(new InfrastructureComponent
        {
            ComponentId = ComponentOfA, ComponentName = "db-primary", ComponentType = "database", Environment = ComponentEnvironment.Production,
            ProductId = ProductOfA, CreatedAt = Seed.PolicyNow, UpdatedAt = Seed.PolicyNow,
        });
        seed.Components.Add(new InfrastructureComponent
        {
            ComponentId = ComponentUnsupported, ComponentName = "web-1", ComponentType = "server", Environment = ComponentEnvironment.Staging,
            ProductId = ProductUnsupported, CreatedAt = Seed.PolicyNow, UpdatedAt = Seed.PolicyNow,
        });
    }
}
