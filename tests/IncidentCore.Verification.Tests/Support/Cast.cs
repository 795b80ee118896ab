using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>The people a store starts with: one active user of every role, plus users who are not active.</summary>
internal static class Cast
{
    public const string Administrator = "1";
    public const string IncidentManager = "2";
    public const string AccountManager = "3";
    public const string Executive = "4";
    public const string TechnicalSupport = "5";
    public const string ClientContact = "6";
    public const string VendorContact = "7";
    public const string InactiveAdministrator = "8";
    public const string AdministratorOnLeave = "9";

    public static IReadOnlyList<User> Users { get; } =
    [
        Person(Administrator, "Ada Administrator", "ada.admin@corp.example", UserRole.SystemAdministrator),
        Person(IncidentManager, "Ivan Incidentmanager", "ivan.im@corp.example", UserRole.IncidentManager),
        Person(AccountManager, "Maria Accountmanager", "maria.am@corp.example", UserRole.AccountManager),
        Person(Executive, "Erik Executive", "erik.exec@corp.example", UserRole.Executive),
        Person(TechnicalSupport, "Tomas Techsupport", "tomas.ts@corp.example", UserRole.TechnicalSupport),
        Person(ClientContact, "Clara Clientcontact", "clara.cc@corp.example", UserRole.ClientContact),
        Person(VendorContact, "Victor Vendorcontact", "victor.vc@corp.example", UserRole.VendorContact),
        Person(InactiveAdministrator, "Ines Inactiveadmin", "ines.gone@corp.example", UserRole.SystemAdministrator, UserStatus.Inactive),
        Person(AdministratorOnLeave, "Olga Onleaveadmin", "olga.away@corp.example", UserRole.SystemAdministrator, UserStatus.OnLeave),
    ];

    public static void Seed(InMemorySeedData seed)
    {
        foreach (var user in Users)
        {
            seed.Users.Add(user);
        }
    }

    public static IEnumerable<string> PersonalValues => Users.SelectMany(u => new[] { u.Name, u.Email });

    private static User Person(string id, string name, string email, UserRole role, UserStatus status = UserStatus.Active) => new()
    {
        UserId = id,
        Name = name,
        Email = email,
        Role = role,
        Status = status,
        CreatedAt = PolicyClock.Now.AddDays(-30),
        UpdatedAt = PolicyClock.Now.AddDays(-30),
    };
}
