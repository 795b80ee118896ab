using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// Small pools of inputs, so that duplicates (also by case and surrounding spaces) happen often, with a few bad
/// values in each. Values of personal fields are distinctive enough to be searched for in logs and audit entries.
/// </summary>
internal static class ModelPools
{
    public static readonly Sample[] ClientNames = [Sample.Text("Acme Corp"), Sample.Text(" Globex "), Sample.Text("Initech"), Sample.Text("O'Brien & Sons; DROP TABLE clients")];
    public static readonly Sample[] BadClientNames = [Sample.Bad(null), Sample.Bad(""), Sample.Bad("Ac\u200Bme")];

    public static readonly Sample[] RegistrationNumbers = [Sample.Text("REG-1"), Sample.Text("reg-1"), Sample.Text(" REG-2 "), Sample.Text("REG-3"), Sample.Text("REG-4")];
    public static readonly Sample[] BadRegistrationNumbers = [Sample.Bad(null), Sample.Bad(" "), Sample.Bad("REG\n5"), Sample.Bad(new string('R', 65))];

    public static readonly Sample[] ClientEmails = [Sample.Text("ops@acme.example"), Sample.Text("OPS@Acme.Example"), Sample.Text(" desk@globex.example "), Sample.Text("info@initech"), Sample.Text("billing@acme.example")];
    public static readonly Sample[] BadClientEmails = [Sample.Bad(null), Sample.Bad("not-an-email"), Sample.Bad("ops@@acme.example")];

    public static readonly Sample[] ClientTypes = [.. WireNames.ClientType.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadClientTypes = [Sample.Bad(null), Sample.Bad("Enterprise"), Sample.Bad("mid-market")];

    public static readonly Sample[] OptionalClientStatuses = [Sample.Exact(null, "active"), .. WireNames.ClientStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] ClientStatuses = [.. WireNames.ClientStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadClientStatuses = [Sample.Bad("on_leave"), Sample.Bad("Active")];

    public static readonly Sample[] Places = [Sample.Exact(null, null), Sample.Text("Czech Republic"), Sample.Text("Retail"), Sample.Text(" Germany ")];
    public static readonly Sample[] BadPlaces = [Sample.Bad("\u202Eevil"), Sample.Bad("   ")];

    public static readonly Sample[] PersonNames = [Sample.Text("Marta Novakova"), Sample.Text("Jiri Svoboda"), Sample.Text(" Petra Dvorakova "), Sample.Text("Lukas Cerny")];
    public static readonly Sample[] BadPersonNames = [Sample.Bad(null), Sample.Bad(""), Sample.Bad("Jiri\r\nSvoboda")];

    public static readonly Sample[] PersonEmails =
    [
        Sample.Text("marta.novakova@corp.example"), Sample.Text("MARTA.NOVAKOVA@corp.example"), Sample.Text("jiri.svoboda@corp.example"),
        Sample.Text(" petra.dvorakova@corp.example "), Sample.Text("lukas.cerny@partner"), Sample.Text("ada.admin@corp.example"),
    ];

    public static readonly Sample[] BadPersonEmails = [Sample.Bad(null), Sample.Bad("jiri.svoboda@"), Sample.Bad("petra dvorakova@corp.example")];

    public static readonly Sample[] Roles = [.. WireNames.UserRole.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadRoles = [Sample.Bad(null), Sample.Bad("Admin"), Sample.Bad("system administrator")];

    public static readonly Sample[] Departments = [Sample.Exact(null, null), Sample.Text("IT"), Sample.Text("Support"), Sample.Text(" Operations ")];
    public static readonly Sample[] BadDepartments = [Sample.Bad("Ops\u0000"), Sample.Bad("")];

    public static readonly Sample[] OptionalTimeZones =
    [
        Sample.Exact(null, "UTC"), Sample.Exact("UTC", "UTC"), Sample.Exact("utc", "UTC"), Sample.Exact("America/New_York", "America/New_York"),
        Sample.Exact(" america/new_york ", "America/New_York"), Sample.Exact("CET", "CET"), Sample.Exact("Europe/Prague", "Europe/Prague"),
    ];

    public static readonly Sample[] TimeZones = [.. OptionalTimeZones.Where(t => t.Raw is not null)];
    public static readonly Sample[] BadTimeZones = [Sample.Bad("Mars/Base"), Sample.Bad("UTC+1"), Sample.Bad("")];
    public static readonly Sample[] BadRequiredTimeZones = [.. BadTimeZones, Sample.Bad(null)];

    public static readonly Sample[] OptionalUserStatuses = [Sample.Exact(null, "active"), .. WireNames.UserStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] UserStatuses = [.. WireNames.UserStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadUserStatuses = [Sample.Bad("suspended"), Sample.Bad("ON_LEAVE")];

    public static readonly Sample[] VendorNames = [Sample.Text("CloudCo"), Sample.Text("cloudco"), Sample.Text(" CloudCo "), Sample.Text("PayFast"), Sample.Text("SecureIT")];
    public static readonly Sample[] BadVendorNames = [Sample.Bad(null), Sample.Bad(""), Sample.Bad("Cloud\u200BCo")];

    public static readonly Sample[] VendorEmails = [Sample.Text("noc@cloudco.example"), Sample.Text("NOC@CLOUDCO.EXAMPLE"), Sample.Text("help@payfast.example"), Sample.Text("soc@secureit")];
    public static readonly Sample[] BadVendorEmails = [Sample.Bad(null), Sample.Bad("noc@"), Sample.Bad("@cloudco.example")];

    public static readonly Sample[] VendorPhones =
    [
        Sample.Exact("+17136387543", "+17136387543"), Sample.Exact("+1 713-638-7543", "+17136387543"), Sample.Exact("+420 601 123 456", "+420601123456"),
        Sample.Exact("+44 20 7946 0958", "+442079460958"), Sample.Exact("(+49) 151 1234 5678", "+4915112345678"),
    ];

    public static readonly Sample[] BadVendorPhones = [Sample.Bad(null), Sample.Bad("7136387543"), Sample.Bad("+0123456789")];

    public static readonly Sample[] VendorTypes = [.. WireNames.VendorType.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadVendorTypes = [Sample.Bad(null), Sample.Bad("cloud provider")];

    public static readonly Sample[] VendorStatuses = [.. WireNames.VendorStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] OptionalVendorStatuses = [Sample.Exact(null, "active"), .. WireNames.VendorStatus.WireNames.Select(n => Sample.Exact(n, n))];
    public static readonly Sample[] BadVendorStatuses = [Sample.Bad("on_leave")];

    /// <summary>Every value a personal field was ever given, valid or not.</summary>
    public static IEnumerable<string> PersonalValues =>
        new[] { PersonNames, BadPersonNames, PersonEmails, BadPersonEmails, ClientEmails, BadClientEmails, VendorEmails, BadVendorEmails, VendorPhones, BadVendorPhones }
            .SelectMany(pool => pool)
            .SelectMany(s => new[] { s.Raw, s.Stored })
            .OfType<string>();

    /// <summary>Mostly a good value, now and then a bad one.</summary>
    public static Gen<Sample> Pick(Sample[] good, Sample[] bad) =>
        Gen.Frequency((24, Gen.Elements(good)), (1, Gen.Elements(bad)));
}
