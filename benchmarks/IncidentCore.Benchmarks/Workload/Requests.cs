using System.Globalization;
using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>Valid requests in wire form, each with its own unique keys.</summary>
internal static class Requests
{
    public static ClientOnboardingRequest NewClient(long serial)
    {
        var n = serial.ToString(CultureInfo.InvariantCulture);
        return new ClientOnboardingRequest
        {
            ClientName = "New client " + n,
            RegistrationNumber = "NEW-" + n,
            ContactEmail = "contact" + n + "@new.example",
            ClientType = "mid_market",
            Country = "Czech Republic",
            Industry = "Retail",
        };
    }

    public static UserRegistrationRequest NewUser(long serial)
    {
        var n = serial.ToString(CultureInfo.InvariantCulture);
        return new UserRegistrationRequest
        {
            Name = "New person " + n,
            Email = "person" + n + "@staff.example",
            Role = "technical_support",
            Department = "Support",
            Timezone = "CET",
        };
    }

    public static VendorRegistrationRequest NewVendor(long serial)
    {
        var n = serial.ToString(CultureInfo.InvariantCulture);
        return new VendorRegistrationRequest
        {
            VendorName = "Vendor " + n,
            VendorEmail = "support" + n + "@vendor.example",
            VendorPhone = "+44 20 " + serial.ToString("D8", CultureInfo.InvariantCulture),
            VendorType = "cloud_provider",
        };
    }
}
