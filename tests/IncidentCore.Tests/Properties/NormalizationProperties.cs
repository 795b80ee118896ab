using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Tests.Properties;

public sealed class NormalizationProperties
{
    private static Arbitrary<(string Typed, string Expected)> TypedPhones() =>
        (from length in Gen.Choose(PhoneNumber.MinimumDigits, PhoneNumber.MaximumDigits)
         from first in Gen.Choose(1, 9)
         from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
         from separators in Gen.ArrayOf(Gen.Elements("", "", " ", "-", ".", "(", ")"), length)
         select Format(first, rest, separators)).ToArbitrary();

    private static (string Typed, string Expected) Format(int first, int[] rest, string[] separators)
    {
        var digits = first.ToString(System.Globalization.CultureInfo.InvariantCulture) + string.Concat(rest);
        var typed = new System.Text.StringBuilder("+");
        for (var i = 0; i < digits.Length; i++)
        {
            typed.Append(separators[i]).Append(digits[i]);
        }

        return (typed.ToString(), "+" + digits);
    }

    [Property]
    public Property Phone_HoweverItIsTyped_NormalisesToPlusAndItsDigits() =>
        Prop.ForAll(TypedPhones(), phone =>
            PhoneNumber.TryNormalize(phone.Typed, out var normalized) && normalized == phone.Expected && UniqueKeys.Phone(phone.Typed) == phone.Expected);

    [Property]
    public Property EmailKey_IgnoresCaseAndSurroundingSpaces() =>
        Prop.ForAll(Gen.Elements("ops@example.com", "contact@johnsonllc", "A.B@C.D").ToArbitrary(), Gen.Elements("", " ", "  \t").ToArbitrary(), (email, padding) =>
            UniqueKeys.Email(padding + email.ToUpperInvariant() + padding) == UniqueKeys.Email(email));
}
