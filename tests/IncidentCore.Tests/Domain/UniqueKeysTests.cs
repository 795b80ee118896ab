using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Tests.Domain;

public sealed class UniqueKeysTests
{
    [Fact]
    public void Phone_AlreadyInItsStoredForm_IsReturnedAsItIsNotCopied()
    {
        var stored = "+442079460958";

        Assert.True(PhoneNumber.TryNormalize(stored, out var normalized));
        Assert.Same(stored, normalized);
        Assert.Same(stored, UniqueKeys.Phone(stored));
        Assert.True(PhoneNumber.TryNormalize(" " + stored, out var trimmed));
        Assert.Equal(stored, trimmed);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('-')]
    [InlineData('7')]
    [InlineData(' ')]
    public void KeyBoundUnmade_HoldsForEveryKeyOfTheAsciiTextItAccepts(char filler)
    {
        var longestId = new string('p', FieldLimits.MaximumIdLength);
        for (var length = UniqueKeys.MaximumKeyLength - FieldLimits.MaximumIdLength - 8; length <= UniqueKeys.MaximumKeyLength + 1; length++)
        {
            var value = "+1 " + new string(filler, length - 3);
            var accepted = UniqueKeys.IsKeyWithinBoundUnmade(value);
            Assert.Equal(length <= UniqueKeys.MaximumKeyLength - FieldLimits.MaximumIdLength - 1, accepted);
            if (accepted)
            {
                Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.Email(value)));
                Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.VendorName(value)));
                Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.Phone(value)));
                Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.ComponentName(longestId, value)));
            }
        }
    }

    [Fact]
    public void KeyBoundUnmade_LeavesTextBeyondAsciiToTheKeyItself()
    {
        Assert.False(UniqueKeys.IsKeyWithinBoundUnmade("\uFDFA"));
        Assert.False(UniqueKeys.IsKeyWithinBoundUnmade("Caf\u00E9"));
        Assert.True(UniqueKeys.IsKeyWithinBoundUnmade("Cafe"));
    }

    public static TheoryData<string, string> VendorNameLookAlikes => new()
    {
        { "Café Ltd", "Cafe\u0301 Ltd" },
        { "Café Ltd", "Café\u00A0Ltd" },
        { "Café Ltd", "Café  Ltd" },
        { "Café Ltd", " café ltd\t" },
        { "Café Ltd", "Café\u2003Ltd" },
        { "Café Ltd", "Café\u3000Ltd" },
        { "Café Ltd", "Café\u202FLtd" },
        { "Café Ltd", "Café\u1680Ltd" },
        { "Café Ltd", "Café \u00A0 \u2009Ltd" },
        { "Acme Corp", "Ａｃｍｅ Ｃｏｒｐ" },
        { "Office Supplies", "Oﬃce Supplies" },
        { "Fine Foods", "ﬁne Foods" },
        { "Ångström AB", "A\u030Angstro\u0308m AB" },
        { "Ångström AB", "\u212Bngstro\u0308m AB" },
        { "Smith-Jones", "Smith\u2010Jones" },
        { "Smith-Jones", "Smith\u2011Jones" },
        { "Smith-Jones", "Smith\u2012Jones" },
        { "Smith-Jones", "Smith\u2013Jones" },
        { "Smith-Jones", "Smith\u2014Jones" },
        { "Smith-Jones", "Smith\u2015Jones" },
        { "Smith-Jones", "Smith\u2212Jones" },
        { "Smith-Jones", "Smith\u2E3AJones" },
        { "Smith-Jones", "Smith\u2E3BJones" },
        { "Smith-Jones", "Smith\uFE58Jones" },
        { "Smith-Jones", "Smith\uFE63Jones" },
        { "Smith-Jones", "Smith\uFF0DJones" },
        { "Smith-Jones", "Smith\u058AJones" },
        { "Smith-Jones", "Smith\u1806Jones" },
        { "Smith-Jones", "Smith\u207BJones" },
        { "Smith-Jones", "Smith\U00010EADJones" },
        { "Straße", "STRAßE" },
        { "Σοφία", "ΣΟΦΊΑ" },
    };

    public static TheoryData<string, string> DifferentVendorNames => new()
    {
        { "Café Ltd", "Cafe Ltd" },
        { "Café Ltd", "CaféLtd" },
        { "Straße", "STRASSE" },
        { "Smith-Jones", "Smith Jones" },
        { "Smith-Jones", "Smith--Jones" },
        { "Smith-Jones", "Smith_Jones" },
        { "Acme", "Acme." },
    };

    [Fact]
    public void VendorName_OfTheFourCafeSpellings_IsOneKey()
    {
        var keys = new[] { "Café Ltd", "Cafe\u0301 Ltd", "Café\u00A0Ltd", "Café  Ltd" }.Select(UniqueKeys.VendorName).Distinct(StringComparer.Ordinal);

        Assert.Equal("CAFÉ LTD", Assert.Single(keys));
    }

    [Theory]
    [MemberData(nameof(VendorNameLookAlikes))]
    public void VendorName_OfLookAlikes_IsTheSameKey(string original, string lookAlike) =>
        Assert.Equal(UniqueKeys.VendorName(original), UniqueKeys.VendorName(lookAlike));

    [Theory]
    [MemberData(nameof(DifferentVendorNames))]
    public void VendorName_OfDifferentValues_IsADifferentKey(string one, string other) =>
        Assert.NotEqual(UniqueKeys.VendorName(one), UniqueKeys.VendorName(other));

    [Theory]
    [InlineData("HRB-123", "HRB\u2010123")]
    [InlineData("HRB-123", "HRB\u2013123")]
    [InlineData("HRB-123", "hrb-123")]
    [InlineData("HRB-123", "ＨＲＢ－１２３")]
    [InlineData("HRB 123", "HRB\u00A0\u00A0123")]
    [InlineData("CZ 123 456", " cz\t123\u2007456 ")]
    [InlineData("No5", "№5")]
    [InlineData("REG-²", "REG-2")]
    public void RegistrationNumber_OfLookAlikes_IsTheSameKey(string original, string lookAlike) =>
        Assert.Equal(UniqueKeys.RegistrationNumber(original), UniqueKeys.RegistrationNumber(lookAlike));

    [Theory]
    [InlineData(" hrb\u2010123 ", "HRB-123")]
    [InlineData("Café\u00A0 Ltd", "CAFÉ LTD")]
    [InlineData("ﬁ", "FI")]
    [InlineData("\uFDFA", "\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645")]
    public void RegistrationNumber_IsTheNormalisedText(string value, string key) =>
        Assert.Equal(key, UniqueKeys.RegistrationNumber(value));

    [Theory]
    [InlineData("ops@example.com", "OPS@Example.COM")]
    [InlineData("ops@example.com", "  ops@example.com\t")]
    [InlineData("ops-desk@example.com", "ops\u2010desk@example.com")]
    [InlineData("ops@example.com", "ｏｐｓ@ｅｘａｍｐｌｅ.ｃｏｍ")]
    public void Email_OfLookAlikes_IsTheSameKey(string original, string lookAlike) =>
        Assert.Equal(UniqueKeys.Email(original), UniqueKeys.Email(lookAlike));

    [Fact]
    public void Email_FollowsTheTextKeyRule() =>
        Assert.Equal(UniqueKeys.VendorName(" Ops@Example.COM "), UniqueKeys.Email(" Ops@Example.COM "));

    [Theory]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("+44(0)2079460958", "+442079460958")]
    [InlineData("+44 (0) 20 7946 0958", "+442079460958")]
    [InlineData("(+44) (0)20 7946 0958", "+442079460958")]
    [InlineData("+49 (0)151 1234 5678", "+4915112345678")]
    [InlineData("+420 (0)601 123 456", "+420601123456")]
    [InlineData("+39 06 6988 4857", "+390669884857")]
    [InlineData("+39 (06) 6988 4857", "+390669884857")]
    [InlineData("+39-06-6988-4857", "+390669884857")]
    [InlineData("+4420 (0)7946 0958", "+4420079460958")]
    [InlineData("+44 20 (0)7946 0958", "+4420079460958")]
    public void Phone_DropsABracketedTrunkAfterTheCountryCodeOnly(string typed, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var normalized));
        Assert.Equal(expected, normalized);
        Assert.Equal(expected, UniqueKeys.Phone(typed));
    }

    [Fact]
    public void Phone_WithATrunkInBrackets_IsTheSameKeyAsWithout() =>
        Assert.Equal(UniqueKeys.Phone("+442079460958"), UniqueKeys.Phone("+44 (0)20 7946 0958"));

    [Fact]
    public void Phone_OfAnItalianNumber_KeepsItsLeadingZero() =>
        Assert.NotEqual(UniqueKeys.Phone("+39 6 6988 4857"), UniqueKeys.Phone("+39 06 6988 4857"));

    [Theory]
    [InlineData("+(0)44 20 7946 0958")]
    [InlineData("+44 (0)")]
    [InlineData("(0)+44 20 7946 0958")]
    public void Phone_WithATrunkWhereNoCountryCodeIsBeforeIt_IsRefused(string typed) =>
        Assert.False(PhoneNumber.TryNormalize(typed, out _));

    [Fact]
    public void TextKeys_WithALoneSurrogate_KeepItAndDoNotThrow()
    {
        var key = UniqueKeys.VendorName("ca\uD800fe\u0301");

        Assert.Equal("CA\uD800FÉ", key);
    }

    [Fact]
    public void TextKeys_OfAKey_IsTheKeyItself()
    {
        foreach (var value in new[] { "Cafe\u0301\u00A0Ltd", "\u0345x", "ǅemal", "㍿ Ｔｏｋｙｏ", "HRB\u2010123", "\uFDFA" })
        {
            var key = UniqueKeys.VendorName(value);
            Assert.Equal(key, UniqueKeys.VendorName(key));
        }
    }

    [Fact]
    public void IsKeyWithinBound_AcceptsUpToTheMaximumKeyLength()
    {
        Assert.True(UniqueKeys.IsKeyWithinBound(new string('A', UniqueKeys.MaximumKeyLength)));
        Assert.False(UniqueKeys.IsKeyWithinBound(new string('A', UniqueKeys.MaximumKeyLength + 1)));
    }

    [Fact]
    public void IsKeyWithinBound_RefusesTheKeyOfAShortValueThatNfkcExpands()
    {
        var value = new string('\uFDFA', 30);

        Assert.Equal(TextProblem.None, TextCheck.Find(value, TextRules.MaximumLength));
        Assert.False(UniqueKeys.IsKeyWithinBound(UniqueKeys.VendorName(value)));
        Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.VendorName(new string('\uFDFA', 28))));
        Assert.False(UniqueKeys.IsKeyWithinBound(UniqueKeys.VendorName(new string('\uFB03', TextRules.MaximumLength))));
    }

    [Fact]
    public void IsKeyWithinBound_AcceptsTheKeyOfEveryOrdinaryValueOfTheLongestAcceptedLength()
    {
        foreach (var c in new[] { 'a', 'é', 'Ａ', '\u00A0', '\u2010' })
        {
            var value = "x" + new string(c, TextRules.MaximumLength - 2) + "x";
            Assert.True(UniqueKeys.IsKeyWithinBound(UniqueKeys.RegistrationNumber(value)));
        }
    }

    [Fact]
    public void KeyFunctions_RefuseNull()
    {
        Assert.Throws<ArgumentNullException>(() => UniqueKeys.Email(null!));
        Assert.Throws<ArgumentNullException>(() => UniqueKeys.RegistrationNumber(null!));
        Assert.Throws<ArgumentNullException>(() => UniqueKeys.VendorName(null!));
        Assert.Throws<ArgumentNullException>(() => UniqueKeys.Phone(null!));
        Assert.Throws<ArgumentNullException>(() => UniqueKeys.IsKeyWithinBound(null!));
    }
}
