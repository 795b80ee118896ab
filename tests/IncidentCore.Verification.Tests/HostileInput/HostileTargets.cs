using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>Every input field of every procedure, including the acting user's id and the id of the record to update.</summary>
internal static class HostileTargets
{
    private const string Admin = Cast.Administrator;

    private static readonly ClientOnboardingRequest Client = new()
    {
        ClientName = "Harbor Freight Co",
        RegistrationNumber = "REG-H-1",
        ContactEmail = "ops@harbor.example",
        ClientType = "startup",
    };

    private static readonly UserRegistrationRequest User = new()
    {
        Name = "Hana Hostile",
        Email = "hana.hostile@corp.example",
        Role = "technical_support",
    };

    private static readonly VendorRegistrationRequest Vendor = new()
    {
        VendorName = "Harbor Cloud",
        VendorEmail = "noc@harborcloud.example",
        VendorPhone = "+420 777 123 456",
        VendorType = "cloud_provider",
    };

    public static IReadOnlyList<HostileTarget> All { get; } =
    [
        .. ClientOnboarding(),
        .. ClientUpdate(),
        .. UserRegistration(),
        .. UserUpdate(),
        .. VendorRegistration(),
        .. VendorUpdate(),
    ];

    /// <summary>Update targets that take a change-set field name (the key) rather than a value.</summary>
    public static IReadOnlyList<Func<IncidentCoreHarness, string, Task<CallOutcome>>> ChangeSetKeyTargets { get; } =
    [
        (h, key) => CallOutcome.Of(h.ClientUpdate.UpdateAsync(Admin, SeedRecords.ClientId, new ChangeSet { { key, "x" } })),
        (h, key) => CallOutcome.Of(h.UserUpdate.UpdateAsync(Admin, Cast.TechnicalSupport, new ChangeSet { { key, "x" } })),
        (h, key) => CallOutcome.Of(h.VendorUpdate.UpdateAsync(Admin, SeedRecords.VendorId, new ChangeSet { { key, "x" } })),
    ];

    public static IEnumerable<string> PersonalValues => [User.Name!, User.Email!, Client.ContactEmail!, Vendor.VendorEmail!, Vendor.VendorPhone!, "+420777123456"];

    private static IEnumerable<HostileTarget> ClientOnboarding()
    {
        const string P = "client_onboarding";
        HostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<ClientOnboardingRequest, string?, ClientOnboardingRequest> set, Func<Client, string?> read) =>
            new(P, field, kind, n, d, (h, v) => CallOutcome.Of(h.ClientOnboarding.OnboardAsync(Admin, set(Client, v))), (s, id) => read(s.Clients.Single(c => c.ClientId == id)));

        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.ClientOnboarding.OnboardAsync(v!, Client)), (_, _) => null);
        yield return T("client_name", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { ClientName = v }, c => c.ClientName);
        yield return T("registration_number", FieldKind.ShortText, NullMeans.Refused, null, (r, v) => r with { RegistrationNumber = v }, c => c.RegistrationNumber);
        yield return T("contact_email", FieldKind.Email, NullMeans.Refused, null, (r, v) => r with { ContactEmail = v }, c => c.ContactEmail);
        yield return T("client_type", FieldKind.ClientType, NullMeans.Refused, null, (r, v) => r with { ClientType = v }, c => c.ClientType.ToWireName());
        yield return T("country", FieldKind.FreeText, NullMeans.Empty, null, (r, v) => r with { Country = v }, c => c.Country);
        yield return T("industry", FieldKind.FreeText, NullMeans.Empty, null, (r, v) => r with { Industry = v }, c => c.Industry);
        yield return T("status", FieldKind.ClientStatus, NullMeans.Default, "active", (r, v) => r with { Status = v }, c => c.Status.ToWireName());
    }

    private static IEnumerable<HostileTarget> ClientUpdate()
    {
        const string P = "client_update";
        HostileTarget T(string field, FieldKind kind, NullMeans n, Func<Client, string?> read) =>
            new(P, field, kind, n, null, (h, v) => CallOutcome.Of(h.ClientUpdate.UpdateAsync(Admin, SeedRecords.ClientId, new ChangeSet { { field, v } })),
                (s, id) => read(s.Clients.Single(c => c.ClientId == id)));

        var statusChange = new ChangeSet { { "status", "inactive" } };
        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.ClientUpdate.UpdateAsync(v!, SeedRecords.ClientId, statusChange)), (_, _) => null);
        yield return new(P, "client_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.ClientUpdate.UpdateAsync(Admin, v!, statusChange)), (_, _) => null);
        yield return T("client_name", FieldKind.FreeText, NullMeans.Refused, c => c.ClientName);
        yield return T("registration_number", FieldKind.ShortText, NullMeans.Refused, c => c.RegistrationNumber);
        yield return T("contact_email", FieldKind.Email, NullMeans.Refused, c => c.ContactEmail);
        yield return T("client_type", FieldKind.ClientType, NullMeans.Refused, c => c.ClientType.ToWireName());
        yield return T("country", FieldKind.FreeText, NullMeans.Empty, c => c.Country);
        yield return T("industry", FieldKind.FreeText, NullMeans.Empty, c => c.Industry);
        yield return T("status", FieldKind.ClientStatus, NullMeans.Refused, c => c.Status.ToWireName());
    }

    private static IEnumerable<HostileTarget> UserRegistration()
    {
        const string P = "user_registration";
        HostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<UserRegistrationRequest, string?, UserRegistrationRequest> set, Func<User, string?> read) =>
            new(P, field, kind, n, d, (h, v) => CallOutcome.Of(h.UserRegistration.RegisterAsync(Admin, set(User, v))), (s, id) => read(s.Users.Single(u => u.UserId == id)));

        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.UserRegistration.RegisterAsync(v!, User)), (_, _) => null);
        yield return T("name", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { Name = v }, u => u.Name);
        yield return T("email", FieldKind.Email, NullMeans.Refused, null, (r, v) => r with { Email = v }, u => u.Email);
        yield return T("role", FieldKind.UserRole, NullMeans.Refused, null, (r, v) => r with { Role = v }, u => u.Role.ToWireName());
        yield return T("department", FieldKind.FreeText, NullMeans.Empty, null, (r, v) => r with { Department = v }, u => u.Department);
        yield return T("client_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { ClientId = v }, u => u.ClientId);
        yield return T("vendor_id", FieldKind.Id, NullMeans.Empty, null, (r, v) => r with { VendorId = v }, u => u.VendorId);
        yield return T("timezone", FieldKind.TimeZone, NullMeans.Default, "UTC", (r, v) => r with { Timezone = v }, u => u.Timezone);
        yield return T("status", FieldKind.UserStatus, NullMeans.Default, "active", (r, v) => r with { Status = v }, u => u.Status.ToWireName());
    }

    private static IEnumerable<HostileTarget> UserUpdate()
    {
        const string P = "user_update";
        HostileTarget T(string field, FieldKind kind, NullMeans n, Func<User, string?> read) =>
            new(P, field, kind, n, null, (h, v) => CallOutcome.Of(h.UserUpdate.UpdateAsync(Admin, Cast.TechnicalSupport, new ChangeSet { { field, v } })),
                (s, id) => read(s.Users.Single(u => u.UserId == id)));

        var statusChange = new ChangeSet { { "status", "on_leave" } };
        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.UserUpdate.UpdateAsync(v!, Cast.TechnicalSupport, statusChange)), (_, _) => null);
        yield return new(P, "user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.UserUpdate.UpdateAsync(Admin, v!, statusChange)), (_, _) => null);
        yield return T("name", FieldKind.FreeText, NullMeans.Refused, u => u.Name);
        yield return T("email", FieldKind.Email, NullMeans.Refused, u => u.Email);
        yield return T("role", FieldKind.UserRole, NullMeans.Refused, u => u.Role.ToWireName());
        yield return T("department", FieldKind.FreeText, NullMeans.Empty, u => u.Department);
        yield return T("client_id", FieldKind.Id, NullMeans.Empty, u => u.ClientId);
        yield return T("vendor_id", FieldKind.Id, NullMeans.Empty, u => u.VendorId);
        yield return T("timezone", FieldKind.TimeZone, NullMeans.Refused, u => u.Timezone);
        yield return T("status", FieldKind.UserStatus, NullMeans.Refused, u => u.Status.ToWireName());
    }

    private static IEnumerable<HostileTarget> VendorRegistration()
    {
        const string P = "vendor_registration";
        HostileTarget T(string field, FieldKind kind, NullMeans n, string? d, Func<VendorRegistrationRequest, string?, VendorRegistrationRequest> set, Func<Vendor, string?> read) =>
            new(P, field, kind, n, d, (h, v) => CallOutcome.Of(h.VendorRegistration.RegisterAsync(Admin, set(Vendor, v))), (s, id) => read(s.Vendors.Single(x => x.VendorId == id)));

        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.VendorRegistration.RegisterAsync(v!, Vendor)), (_, _) => null);
        yield return T("vendor_name", FieldKind.FreeText, NullMeans.Refused, null, (r, v) => r with { VendorName = v }, x => x.VendorName);
        yield return T("vendor_email", FieldKind.Email, NullMeans.Refused, null, (r, v) => r with { VendorEmail = v }, x => x.ContactEmail);
        yield return T("vendor_phone", FieldKind.Phone, NullMeans.Refused, null, (r, v) => r with { VendorPhone = v }, x => x.ContactPhone);
        yield return T("vendor_type", FieldKind.VendorType, NullMeans.Refused, null, (r, v) => r with { VendorType = v }, x => x.VendorType.ToWireName());
        yield return T("status", FieldKind.VendorStatus, NullMeans.Default, "active", (r, v) => r with { Status = v }, x => x.Status.ToWireName());
    }

    private static IEnumerable<HostileTarget> VendorUpdate()
    {
        const string P = "vendor_update";
        HostileTarget T(string field, FieldKind kind, NullMeans n, Func<Vendor, string?> read) =>
            new(P, field, kind, n, null, (h, v) => CallOutcome.Of(h.VendorUpdate.UpdateAsync(Admin, SeedRecords.VendorId, new ChangeSet { { field, v } })),
                (s, id) => read(s.Vendors.Single(x => x.VendorId == id)));

        var statusChange = new ChangeSet { { "status", "suspended" } };
        yield return new(P, "actor_user_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.VendorUpdate.UpdateAsync(v!, SeedRecords.VendorId, statusChange)), (_, _) => null);
        yield return new(P, "vendor_id", FieldKind.Id, NullMeans.Refused, null, (h, v) => CallOutcome.Of(h.VendorUpdate.UpdateAsync(Admin, v!, statusChange)), (_, _) => null);
        yield return T("vendor_name", FieldKind.FreeText, NullMeans.Refused, x => x.VendorName);
        yield return T("contact_email", FieldKind.Email, NullMeans.Refused, x => x.ContactEmail);
        yield return T("contact_phone", FieldKind.Phone, NullMeans.Refused, x => x.ContactPhone);
        yield return T("vendor_type", FieldKind.VendorType, NullMeans.Refused, x => x.VendorType.ToWireName());
        yield return T("status", FieldKind.VendorStatus, NullMeans.Refused, x => x.Status.ToWireName());
    }
}
