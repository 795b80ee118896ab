using IncidentCore.Procedures;

namespace IncidentCore.Tests.Support;

/// <summary>Valid requests, to be varied with <c>with</c> in each test.</summary>
internal static class Requests
{
    public static ClientOnboardingRequest NewClient(string suffix = "1") => new()
    {
        ClientName = $"Johnson LLC {suffix}",
        RegistrationNumber = $"NEW-{suffix}",
        ContactEmail = $"contact{suffix}@johnsonllc",
        ClientType = "mid_market",
    };

    public static UserRegistrationRequest NewUser(string suffix = "1") => new()
    {
        Name = $"New Person {suffix}",
        Email = $"new.person{suffix}@example.com",
        Role = "technical_support",
    };

    public static VendorRegistrationRequest NewVendor(string suffix = "1") => new()
    {
        VendorName = $"New Vendor {suffix}",
        VendorEmail = $"desk{suffix}@new-vendor.example",
        VendorPhone = $"+1 (555) 010-{suffix.PadLeft(4, '0')}",
        VendorType = "security_provider",
    };
}
