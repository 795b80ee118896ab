using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Tests.Domain;

public sealed class UniqueKeysProperties
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "e\u0301", "\u0301", "ß", "ı", "İ", "ǅ", "\u0345", "Ａ", "ﬁ", "ﬃ", "²", "№", "㍿", "\uFDFA", "Ω", "\u2126",
        " ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u1680", "-", "\u2010", "\u2014", "\u2212", "\uFE63", "\uFF0D", "\U00010EAD",
        "\U0001D400", "\uD800", "7",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();

    // Without U+0130, which lower-cases to i but upper-cases to itself, and U+0345, which upper-cases to a letter
    // after some Greek vowels but composes into a letter with no one-character upper case after others (both for
    // want of full case folding); and without a lone surrogate, which has no normalisation form.
    private static Arbitrary<string> WellFormedTexts() =>
        Gen.ArrayOf(Gen.Elements(Pieces.Where(p => p is not ("İ" or "\u0345" or "\uD800")).ToArray())).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property TextKey_OfAKey_IsTheKeyItself() =>
        Prop.ForAll(Texts(), text =>
        {
            var key = UniqueKeys.VendorName(text);
            return UniqueKeys.VendorName(key) == key && UniqueKeys.RegistrationNumber(key) == key && UniqueKeys.Email(key) == key;
        });

    [Property(MaxTest = 300)]
    public Property TextKey_HoldsOnlySingleInnerAsciiSpacesAndAsciiDashes() =>
        Prop.ForAll(Texts(), text =>
        {
            var key = UniqueKeys.VendorName(text);
            return !key.StartsWith(' ') && !key.EndsWith(' ') && !key.Contains("  ", StringComparison.Ordinal)
                && key.All(c => c == ' ' || !char.IsWhiteSpace(c))
                && key.All(c => c == '-' || c == '\u2212' || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DashPunctuation)
                && !key.Contains('\u2212', StringComparison.Ordinal);
        });

    [Property(MaxTest = 300)]
    public Property TextKey_IgnoresCaseSpacingAndCompatibilityForms() =>
        Prop.ForAll(WellFormedTexts(), text =>
            UniqueKeys.VendorName(text) == UniqueKeys.VendorName(" \u00A0" + text.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD) + "\u3000"));
}
