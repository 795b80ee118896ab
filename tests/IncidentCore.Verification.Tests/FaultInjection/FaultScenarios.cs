using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>One call of one procedure, on a store seeded with <see cref="Cast"/>, a client and a vendor, ending in a known way.</summary>
/// <remarks><paramref name="Prepare"/> makes the records the call acts on before any fault is planned.</remarks>
internal sealed record FaultScenario(string Name, Func<IncidentCoreHarness, Task<Halt?>> Run, Func<IncidentCoreHarness, Task>? Prepare = null)
{
    public Task PrepareAsync(IncidentCoreHarness harness) => Prepare?.Invoke(harness) ?? Task.CompletedTask;

    public override string ToString() => Name;
}

/// <summary>Every procedure, on its success path and on the halts that still touch storage (denial, duplicate, not found).</summary>
internal static class FaultScenarios
{
    private const string ClientId = SeedRecords.ClientId;
    private const string VendorId = SeedRecords.VendorId;

    public static ClientOnboardingRequest NewClient { get; } = new()
    {
        ClientName = "Faultline Logistics",
        RegistrationNumber = "REG-FAULT-1",
        ContactEmail = "ops@faultline.example",
        ClientType = "enterprise",
        Country = "Czech Republic",
    };

    public static UserRegistrationRequest NewUser { get; } = new()
    {
        Name = "Nina Newcomer",
        Email = "nina.newcomer@corp.example",
        Role = "technical_support",
        ClientId = ClientId,
        VendorId = VendorId,
        Timezone = "Europe/Prague",
    };

    public static VendorRegistrationRequest NewVendor { get; } = new()
    {
        VendorName = "Brittle Cloud",
        VendorEmail = "support@brittle.example",
        VendorPhone = "+420 601 555 123",
        VendorType = "cloud_provider",
    };

    public static IReadOnlyList<FaultScenario> All { get; } =
    [
        new("client_onboarding succeeds", h => Outcome(h.ClientOnboarding.OnboardAsync(Cast.Administrator, NewClient))),
        new("client_onboarding denied", h => Outcome(h.ClientOnboarding.OnboardAsync(Cast.TechnicalSupport, NewClient))),
        new("client_onboarding duplicate", h => Outcome(h.ClientOnboarding.OnboardAsync(Cast.Administrator, NewClient with { RegistrationNumber = "reg-100" }))),
        new("client_update succeeds", h => Outcome(h.ClientUpdate.UpdateAsync(Cast.Administrator, ClientId, new ChangeSet { { "status", "suspended" }, { "contact_email", "desk@seeded.example" } }))),
        new("client_update denied", h => Outcome(h.ClientUpdate.UpdateAsync(Cast.AccountManager, ClientId, new ChangeSet { { "status", "suspended" } }))),
        new("client_update not_found", h => Outcome(h.ClientUpdate.UpdateAsync(Cast.Administrator, "999", new ChangeSet { { "status", "suspended" } }))),
        new("user_registration succeeds", h => Outcome(h.UserRegistration.RegisterAsync(Cast.IncidentManager, NewUser))),
        new("user_registration denied", h => Outcome(h.UserRegistration.RegisterAsync(Cast.Executive, NewUser))),
        new("user_registration not_found", h => Outcome(h.UserRegistration.RegisterAsync(Cast.Administrator, NewUser with { ClientId = "999" }))),
        new("user_update succeeds", h => Outcome(h.UserUpdate.UpdateAsync(Cast.Administrator, Cast.TechnicalSupport, new ChangeSet { { "role", "incident_manager" }, { "client_id", ClientId } }))),
        new("user_update denied", h => Outcome(h.UserUpdate.UpdateAsync(Cast.AdministratorOnLeave, Cast.TechnicalSupport, new ChangeSet { { "status", "inactive" } }))),
        new("user_update duplicate", h => Outcome(h.UserUpdate.UpdateAsync(Cast.Administrator, Cast.TechnicalSupport, new ChangeSet { { "email", "ADA.ADMIN@corp.example" } }))),
        new("vendor_registration succeeds", h => Outcome(h.VendorRegistration.RegisterAsync(Cast.Executive, NewVendor))),
        new("vendor_registration denied", h => Outcome(h.VendorRegistration.RegisterAsync(Cast.AccountManager, NewVendor))),
        new("vendor_registration duplicate", h => Outcome(h.VendorRegistration.RegisterAsync(Cast.Administrator, NewVendor with { VendorPhone = "+1 (713) 555-0100" }))),
        new("vendor_update succeeds", h => Outcome(h.VendorUpdate.UpdateAsync(Cast.IncidentManager, VendorId, new ChangeSet { { "status", "suspended" }, { "contact_email", "noc@seeded-vendor.example" } }))),
        new("vendor_update denied", h => Outcome(h.VendorUpdate.UpdateAsync(Cast.TechnicalSupport, VendorId, new ChangeSet { { "status", "suspended" } }))),
        new("vendor_update not_found", h => Outcome(h.VendorUpdate.UpdateAsync(Cast.Administrator, "999", new ChangeSet { { "status", "suspended" } }))),
        .. IncidentFaultScenarios.All,
    ];

    public static IEnumerable<string> PersonalValues =>
    [
        .. Cast.PersonalValues,
        NewUser.Name!, NewUser.Email!, NewVendor.VendorEmail!, NewVendor.VendorPhone!, "+420601555123", NewClient.ContactEmail!,
        .. SeedRecords.PersonalValues, "desk@seeded.example", "noc@seeded-vendor.example",
    ];

    internal static async Task<Halt?> Outcome<T>(ValueTask<SopResult<T>> call)
    {
        var result = await call;
        return result.Succeeded ? null : result.Halt;
    }
}
