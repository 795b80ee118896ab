using IncidentCore.Domain;

namespace IncidentCore.Tests.Support;

/// <summary>The records every test host starts with: two clients, one vendor, and one user per role and status.</summary>
internal static class Seed
{
    public static readonly DateTimeOffset PolicyNow = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Earlier = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public const string ClientA = "c-a";
    public const string ClientB = "c-b";
    public const string VendorA = "v-a";

    public const string Admin = "u-admin";
    public const string IncidentManager = "u-im";
    public const string Executive = "u-exec";
    public const string TechnicalSupport = "u-ts";
    public const string AccountManagerOfA = "u-am-a";
    public const string AccountManagerUnassigned = "u-am";
    public const string ClientContactOfA = "u-cc-a";
    public const string VendorContactOfA = "u-vc-a";
    public const string AdminOnLeave = "u-admin-leave";
    public const string AdminInactive = "u-admin-inactive";
    public const string UnknownUser = "u-nobody";

    public static Client Client(string id, string registrationNumber, string email) => new()
    {
        ClientId = id,
        ClientName = $"Client {id}",
        RegistrationNumber = registrationNumber,
        ContactEmail = email,
        ClientType = ClientType.Enterprise,
        Country = "Czech Republic",
        Industry = "Retail",
        CreatedAt = Earlier,
        UpdatedAt = Earlier,
    };

    public static User User(string id, UserRole role, UserStatus status = UserStatus.Active, string? clientId = null, string? vendorId = null) => new()
    {
        UserId = id,
        Name = $"Person {id}",
        Email = $"{id}@staff.example",
        Role = role,
        Status = status,
        ClientId = clientId,
        VendorId = vendorId,
        Department = "Operations",
        CreatedAt = Earlier,
        UpdatedAt = Earlier,
    };

    /// <summary>The id of the matrix user with this role and status (account managers are assigned to client A).</summary>
    public static string MatrixUser(UserRole role, UserStatus status) => $"m-{role.ToWireName()}-{status.ToWireName()}";

    public static IEnumerable<Client> Clients()
    {
        yield return Client(ClientA, "REG-A", "contact@client-a");
        yield return Client(ClientB, "REG-B", "contact@client-b.example");
    }

    public static IEnumerable<Vendor> Vendors()
    {
        yield return new Vendor
        {
            VendorId = VendorA,
            VendorName = "Vendor A",
            VendorType = VendorType.CloudProvider,
            ContactEmail = "desk@vendor-a.example",
            ContactPhone = "+17136387543",
            CreatedAt = Earlier,
            UpdatedAt = Earlier,
        };
    }

    public static IEnumerable<User> Users()
    {
        yield return User(Admin, UserRole.SystemAdministrator);
        yield return User(IncidentManager, UserRole.IncidentManager);
        yield return User(Executive, UserRole.Executive);
        yield return User(TechnicalSupport, UserRole.TechnicalSupport);
        yield return User(AccountManagerOfA, UserRole.AccountManager, clientId: ClientA);
        yield return User(AccountManagerUnassigned, UserRole.AccountManager);
        yield return User(ClientContactOfA, UserRole.ClientContact, clientId: ClientA);
        yield return User(VendorContactOfA, UserRole.VendorContact, vendorId: VendorA);
        yield return User(AdminOnLeave, UserRole.SystemAdministrator, UserStatus.OnLeave);
        yield return User(AdminInactive, UserRole.SystemAdministrator, UserStatus.Inactive);
        foreach (var role in WireNames.UserRole.Values)
        {
            foreach (var status in WireNames.UserStatus.Values)
            {
                yield return User(MatrixUser(role, status), role, status,
                    clientId: role == UserRole.AccountManager ? ClientA : null);
            }
        }
    }
}
