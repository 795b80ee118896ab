using System.Globalization;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>
/// The uniqueness rules of the policy, restated from the text: no two clients share a registration number or a
/// contact email, no two users an email, no two vendors a name, an email or a phone, all compared without case
/// and surrounding spaces (phones as <c>+</c> and digits).
/// </summary>
internal static class UniquenessInvariants
{
    public static IReadOnlyList<string> Violations(StoreSnapshot snapshot)
    {
        var problems = new List<string>();
        Check(problems, "client registration_number", snapshot.Clients.Select(c => Upper(c.RegistrationNumber)));
        Check(problems, "client contact_email", snapshot.Clients.Select(c => Lower(c.ContactEmail)));
        Check(problems, "user email", snapshot.Users.Select(u => Lower(u.Email)));
        Check(problems, "vendor vendor_name", snapshot.Vendors.Select(v => Upper(v.VendorName)));
        Check(problems, "vendor contact_email", snapshot.Vendors.Select(v => Lower(v.ContactEmail)));
        Check(problems, "vendor contact_phone", snapshot.Vendors.Select(v => Digits(v.ContactPhone)));
        Check(problems, "client_id", snapshot.Clients.Select(c => c.ClientId));
        Check(problems, "user_id", snapshot.Users.Select(u => u.UserId));
        Check(problems, "vendor_id", snapshot.Vendors.Select(v => v.VendorId));
        Check(problems, "audit_id", snapshot.AuditTrail.Select(a => a.AuditId));
        return problems;
    }

    public static void AssertHold(StoreSnapshot snapshot)
    {
        var violations = Violations(snapshot);
        Assert.True(violations.Count == 0, "Uniqueness violated: " + string.Join("; ", violations));
    }

    private static string Lower(string value) => value.Trim().ToLower(CultureInfo.InvariantCulture);

    private static string Upper(string value) => value.Trim().ToUpper(CultureInfo.InvariantCulture);

    private static string Digits(string value) => new([.. value.Where(c => c == '+' || char.IsAsciiDigit(c))]);

    private static void Check(List<string> problems, string what, IEnumerable<string> keys)
    {
        foreach (var group in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.Count()} records share the {what} key '{group.Key}'");
        }
    }
}
