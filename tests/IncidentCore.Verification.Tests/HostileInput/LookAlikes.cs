using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>
/// Pairs of values that only look alike: the same text with letters decomposed into combining marks, replaced by
/// fullwidth forms, ligatures or superscript digits, in another case, with other spaces (no-break, em, ideographic,
/// runs of spaces, padding) and other dashes (hyphen, en and em dash, minus sign, small and fullwidth hyphen-minus);
/// and phones written with and without a bracketed (0) trunk. Every variant is a valid value of its field, and
/// differs from the original as a string.
/// </summary>
internal static class LookAlikes
{
    public static readonly string[] Names =
    [
        "Café Ltd", "Škoda Auto a.s.", "Ångström AB", "Smith-Jones GmbH", "Fine Office Supplies", "Nordic 24-7 Oy",
        "Zürich Re", "Crème Brûlée Co", "Staffing & Co", "Niño Logística S.A.",
    ];

    public static readonly string[] RegistrationNumbers = ["HRB-123", "CZ 123-456", "REG-2025-77", "FR 552 100 554", "Café-9", "AB 12 C3"];

    public static readonly string[] Emails = ["ops@example.com", "contact@johnsonllc", "noc-desk@cloud-co.example", "a.b@c.d"];

    public static readonly string[] Spaces = [" ", "\u00A0", "\u2002", "\u2003", "\u2007", "\u2009", "\u202F", "\u205F", "\u3000", "\u1680", "  ", " \u00A0\u3000"];

    public static readonly string[] Dashes =
    [
        "-", "\u058A", "\u1806", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u2E3A", "\u2E3B", "\uFE58", "\uFE63", "\uFF0D",
    ];

    private static readonly string[] Padding = ["", "", " ", "\u00A0", "\u3000", "  \u2003"];

    private static readonly (string Letters, string Ligature)[] Ligatures = [("ffi", "\uFB03"), ("ffl", "\uFB04"), ("ff", "\uFB00"), ("fi", "\uFB01"), ("fl", "\uFB02")];

    private static readonly Dictionary<char, char> Superscripts = new() { ['1'] = '¹', ['2'] = '²', ['3'] = '³' };

    /// <summary>A name or registration number and a look-alike of it.</summary>
    public static Gen<(string Original, string LookAlike)> TextPairs(string[] originals) =>
        from original in Gen.Elements(originals)
        from lookAlike in TextVariant(original)
        where lookAlike != original
        select (original, lookAlike);

    /// <summary>An email and the same email in another case and with surrounding spaces (the only look-alikes email syntax admits).</summary>
    public static Gen<(string Original, string LookAlike)> EmailPairs() =>
        from original in Gen.Elements(Emails)
        from letters in Gen.CollectToArray(original, c => Gen.Elements(char.ToLowerInvariant(c), char.ToUpperInvariant(c)))
        from left in Gen.Elements(Padding)
        from right in Gen.Elements(Padding)
        let lookAlike = left + new string(letters) + right
        where lookAlike != original
        select (original, lookAlike);

    /// <summary>A phone written without and with a bracketed (0) trunk after a country code that uses one.</summary>
    public static Gen<(string Original, string LookAlike)> PhonePairs() =>
        from countryCode in Gen.Elements("44", "49", "43", "41", "31", "32", "33", "420")
        from first in Gen.Choose(1, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), 8)
        from separators in Gen.ArrayOf(Gen.Elements("", "", " ", "-", "."), 9)
        from beforeTrunk in Gen.Elements("", " ", "-")
        from afterTrunk in Gen.Elements("", " ")
        let national = first.ToString(CultureInfo.InvariantCulture) + string.Concat(rest)
        let typed = string.Concat(national.Select((d, i) => separators[i] + d))
        select ("+" + countryCode + " " + typed, "+" + countryCode + beforeTrunk + "(0)" + afterTrunk + typed);

    /// <summary>An Italian number whose leading 0 belongs to the number, and the same digits without that 0: two numbers.</summary>
    public static Gen<(string WithZero, string WithoutZero)> ItalianPairs() =>
        from area in Gen.Elements("6", "2", "11", "55", "81")
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), 7)
        let subscriber = string.Concat(rest)
        select ($"+39 0{area} {subscriber}", $"+39 {area} {subscriber}");

    private static Gen<string> TextVariant(string original) =>
        from tokens in Gen.CollectToArray(Tokens(original), TokenVariant)
        from left in Gen.Elements(Padding)
        from right in Gen.Elements(Padding)
        select left + string.Concat(tokens) + right;

    private static IEnumerable<string> Tokens(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var ligature = Ligatures.FirstOrDefault(l => text.AsSpan(i).StartsWith(l.Letters, StringComparison.Ordinal));
            var length = ligature.Letters?.Length ?? 1;
            yield return text.Substring(i, length);
            i += length;
        }
    }

    private static Gen<string> TokenVariant(string token)
    {
        if (token.Length > 1)
        {
            var ligature = Ligatures.Single(l => l.Letters == token).Ligature;
            return Gen.OneOf(Gen.Constant(ligature), Gen.CollectToArray(token, LetterVariant).Select(string.Concat));
        }

        var c = token[0];
        return c switch
        {
            ' ' => Gen.Elements(Spaces),
            '-' => Gen.Elements(Dashes),
            _ => LetterVariant(c),
        };
    }

    private static Gen<string> LetterVariant(char c)
    {
        var forms = new List<string> { c.ToString(), char.ToUpperInvariant(c).ToString(), char.ToLowerInvariant(c).ToString() };
        foreach (var cased in forms.ToArray())
        {
            var decomposed = cased.Normalize(NormalizationForm.FormD);
            if (decomposed != cased)
            {
                forms.Add(decomposed);
            }

            if (cased[0] is > ' ' and <= '~')
            {
                forms.Add(((char)(cased[0] + 0xFEE0)).ToString());
            }
        }

        if (Superscripts.TryGetValue(c, out var superscript))
        {
            forms.Add(superscript.ToString());
        }

        return Gen.Elements(forms.Distinct(StringComparer.Ordinal).ToArray());
    }
}
