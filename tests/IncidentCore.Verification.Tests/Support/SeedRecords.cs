using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>A client and a vendor for stores that need existing records to update or link to.</summary>
internal static class SeedRecords
{
    public const string ClientId = "100";
    public const string VendorId = "200";

    public static IEnumerable<string> PersonalValues => ["contact@seeded.example", "desk@seededvendor.example", "+17135550100"];

    public static void Seed(InMemorySeedData seed)
    {
        seed.Clients.Add(new Client
        {
            ClientId = ClientId,
            ClientName = "Seeded Client",
            RegistrationNumber = "REG-100",
            ContactEmail = "contact@seeded.example",
            ClientType = ClientType.Startup,
            CreatedAt = PolicyClock.Now.AddDays(-10),
            UpdatedAt = PolicyClock.Now.AddDays(-10),
        });
        seed.Vendors.Add(new Vendor
        {
            VendorId = VendorId,
            VendorName = "Seeded Vendor",
            VendorType = VendorType.SecurityProvider,
            ContactEmail = "desk@seededvendor.example",
            ContactPhone = "+17135550100",
            CreatedAt = PolicyClock.Now.AddDays(-10),
            UpdatedAt = PolicyClock.Now.AddDays(-10),
        });
    }

}
