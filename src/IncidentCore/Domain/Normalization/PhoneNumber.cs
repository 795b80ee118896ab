namespace IncidentCore.Domain.Normalization;

/// <summary>Phone numbers in international form: <c>+</c> then 7 to 15 digits, as stored (for example <c>+17136387543</c>).</summary>
internal static class PhoneNumber
{
    /// <summary>The fewest digits accepted after the plus sign.</summary>
    public const int MinimumDigits = 7;

    /// <summary>The most digits accepted after the plus sign (E.164).</summary>
    public const int MaximumDigits = 15;

    /// <summary>The most digits of a country code (E.164).</summary>
    private const int MaximumCountryCodeDigits = 3;

    /// <summary>
    /// Normalises a phone number typed with spaces, dashes, dots or brackets to <c>+digits</c>. A national trunk
    /// prefix written as a bracketed <c>(0)</c> right after the country code is dropped, as it is never dialled
    /// from abroad: <c>+44 (0)20 7946 0958</c> becomes <c>+442079460958</c>. A 0 that is not bracketed that way
    /// is part of the number and is kept: <c>+39 06 6988 4857</c> becomes <c>+390669884857</c>.
    /// </summary>
    /// <param name="value">The phone number as entered.</param>
    /// <param name="normalized">The <c>+digits</c> form when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the value is a phone number in international form.</returns>
    public static bool TryNormalize(string? value, out string normalized)
    {
        normalized = string.Empty;
        if (value is null || value.Length > 64)
        {
            return false;
        }

        var text = value.AsSpan().Trim();
        var trunk = IndexOfBracketedTrunk(text);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var sawPlus = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i == trunk)
            {
                continue;
            }

            if (c == '+')
            {
                if (sawPlus || length != 0)
                {
                    return false;
                }

                sawPlus = true;
                buffer[length++] = c;
            }
            else if (c is >= '0' and <= '9')
            {
                if (!sawPlus)
                {
                    return false;
                }

                buffer[length++] = c;
            }
            else if (!IsSeparator(c))
            {
                return false;
            }
        }

        var digits = length - 1;
        if (!sawPlus || digits < MinimumDigits || digits > MaximumDigits || buffer[1] == '0')
        {
            return false;
        }

        // A number already in its stored form is returned as it is, not copied.
        normalized = buffer[..length].SequenceEqual(value) ? value : new string(buffer[..length]);
        return true;
    }

    internal static string StripSeparators(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value.AsSpan().Trim())
        {
            if (!IsSeparator(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Finds the 0 of a <c>(0)</c> group that follows the country code (the 1 to 3 digits right after the plus),
    /// with only spaces, dashes, dots or a closing bracket between them; -1 when there is none.
    /// </summary>
    private static int IndexOfBracketedTrunk(ReadOnlySpan<char> text)
    {
        var plus = text.IndexOf('+');
        if (plus < 0)
        {
            return -1;
        }

        var i = plus + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var countryCodeDigits = i - plus - 1;
        if (countryCodeDigits is 0 or > MaximumCountryCodeDigits)
        {
            return -1;
        }

        while (i < text.Length && text[i] is ' ' or '-' or '.' or ')')
        {
            i++;
        }

        return text[i..].StartsWith("(0)", StringComparison.Ordinal) ? i + 1 : -1;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '(' or ')';
}
