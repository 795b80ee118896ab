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

    /// <summary>An incident on the seeded component for one of the first 1,000 clients, detected at the epoch (never in the future).</summary>
    public static IncidentCore.Procedures.Incidents.IncidentReportRequest NewIncident(long serial) => new()
    {
        Title = "Ledger writes time out " + serial.ToString(CultureInfo.InvariantCulture),
        Category = "database",
        Severity = "P3",
        ImpactLevel = "medium",
        UrgencyLevel = "high",
        ClientId = ((serial % 1_000) + 1).ToString(CultureInfo.InvariantCulture),
        ComponentId = BenchmarkStore.ComponentId,
        DetectionTimestamp = "2026-01-01T00:00:00Z",
    };

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
