using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain.Normalization;
using IncidentCore.Verification.Tests.HostileInput;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Differential;

/// <summary>
/// Differential testing of the keys unique values are compared by: <see cref="UniqueKeys"/> against
/// <see cref="ReferenceUniqueKeys"/> on random text and phones, and every generated look-alike pair sharing a key.
/// </summary>
public sealed class UniqueKeysVersusReferenceTests
{
    private const int Cases = 2_000;

    /// <summary>Characters from the blocks where look-alikes live, with letters, digits, spaces and dashes weighted up.</summary>
    private static readonly Gen<char> Characters = Gen.Frequency(
        (6, Gen.Elements("aAzZéÉßıİǅΣσςΩΚ0123456789 -.&".ToCharArray())),
        (3, Gen.Elements([.. LookAlikes.Spaces.SelectMany(s => s), .. LookAlikes.Dashes.SelectMany(d => d), '\t', '\u0085', '\u2028'])),
        (2, Gen.Choose(0x0300, 0x036F).Select(c => (char)c)),
        (2, Gen.Choose(0xFF01, 0xFF5E).Select(c => (char)c)),
        (2, Gen.Choose(0x00A0, 0x024F).Select(c => (char)c)),
        (1, Gen.Choose(0x0370, 0x03FF).Select(c => (char)c)),
        (1, Gen.Choose(0x1E00, 0x1FFF).Select(c => (char)c)),
        (1, Gen.Choose(0x2000, 0x218F).Select(c => (char)c)),
        (1, Gen.Choose(0x3000, 0x33FF).Select(c => (char)c)),
        (1, Gen.Choose(0xFB00, 0xFDFF).Select(c => (char)c)),
        (1, Gen.Choose(0xFE30, 0xFE6F).Select(c => (char)c)));

    private static readonly Arbitrary<string> Texts =
        Gen.ArrayOf(Characters).Select(chars => new string(chars)).Where(t => !t.Any(char.IsSurrogate)).ToArbitrary();

    [Fact]
    public void TextKeys_OnRandomText_ExpectSameKeyAsReference() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(Texts, text =>
        {
            var expected = ReferenceUniqueKeys.Text(text);
            return (UniqueKeys.VendorName(text) == expected && UniqueKeys.RegistrationNumber(text) == expected && UniqueKeys.Email(text) == expected)
                .Label($"\"{Escape(text)}\": UniqueKeys \"{Escape(UniqueKeys.VendorName(text))}\", reference \"{Escape(expected)}\"");
        }));

    [Fact]
    public void PhoneKeys_OnRandomTypedPhones_ExpectSameKeyAsReference()
    {
        var phones = (from countryCode in Gen.Choose(1, 999)
                      from before in Gen.Elements("", "(")
                      from close in Gen.Elements("", ")")
                      from trunk in Gen.Elements("", "", "(0)", " (0)", "-(0) ", " (0) ", "0", " 0")
                      from first in Gen.Choose(1, 9)
                      from length in Gen.Choose(4, 11)
                      from rest in Gen.ArrayOf(Gen.Choose(0, 9), length)
                      from separators in Gen.ArrayOf(Gen.Elements("", " ", "-", ".", "(", ")"), rest.Length)
                      let digits = string.Concat(rest.Select((d, i) => separators[i] + d))
                      select $"{before}+{countryCode}{close}{trunk}{first}{digits}").ToArbitrary();
        var compared = 0;
        Check.One(PbtScale.Config(Cases), Prop.ForAll(phones, typed =>
        {
            if (!PhoneNumber.TryNormalize(typed, out var normalized))
            {
                return true.Label("not a phone").Classify(true, "refused");
            }

            compared++;
            var expected = ReferenceUniqueKeys.Phone(typed);
            return (normalized == expected && UniqueKeys.Phone(typed) == expected).Label($"\"{typed}\": \"{normalized}\", reference \"{expected}\"");
        }));
        Assert.True(compared > PbtScale.Times(Cases) / 3, $"only {compared} typed phones were valid");
    }

    [Fact]
    public void VendorNames_OfLookAlikePairs_ExpectTheSameKey() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.TextPairs(LookAlikes.Names).ToArbitrary(), pair =>
            (UniqueKeys.VendorName(pair.Original) == UniqueKeys.VendorName(pair.LookAlike)).Label(Describe(pair))));

    [Fact]
    public void RegistrationNumbers_OfLookAlikePairs_ExpectTheSameKey() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.TextPairs(LookAlikes.RegistrationNumbers).ToArbitrary(), pair =>
            (UniqueKeys.RegistrationNumber(pair.Original) == UniqueKeys.RegistrationNumber(pair.LookAlike)).Label(Describe(pair))));

    [Fact]
    public void Emails_OfLookAlikePairs_ExpectTheSameKey() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.EmailPairs().ToArbitrary(), pair =>
            (UniqueKeys.Email(pair.Original) == UniqueKeys.Email(pair.LookAlike)).Label(Describe(pair))));

    [Fact]
    public void Phones_WithAndWithoutABracketedTrunk_ExpectTheSameKey() =>
        Check.One(PbtScale.Config(Cases), Prop.ForAll(LookAlikes.PhonePairs().ToArbitrary(), pair =>
            (UniqueKeys.Phone(pair.Original) == UniqueKeys.Phone(pair.LookAlike) && UniqueKeys.Phone(pair.Original).Length > 8).Label(Describe(pair))));

    [Fact]
    public void Phones_OfItalianNumbersWithAndWithoutTheirZero_ExpectDifferentKeys() =>
        Check.One(PbtScale.Config(Cases / 10), Prop.ForAll(LookAlikes.ItalianPairs().ToArbitrary(), pair =>
            (UniqueKeys.Phone(pair.WithZero) != UniqueKeys.Phone(pair.WithoutZero) && UniqueKeys.Phone(pair.WithZero).StartsWith("+390", StringComparison.Ordinal))
                .Label($"{pair.WithZero} / {pair.WithoutZero}")));

    [Fact]
    public void TextKeys_OfDifferentOriginals_ExpectDifferentKeys()
    {
        var originals = LookAlikes.Names.Concat(LookAlikes.RegistrationNumbers).ToArray();

        Assert.Equal(originals.Length, originals.Select(UniqueKeys.VendorName).Distinct(StringComparer.Ordinal).Count());
    }

    private static string Describe((string Original, string LookAlike) pair) => $"\"{Escape(pair.Original)}\" / \"{Escape(pair.LookAlike)}\"";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
