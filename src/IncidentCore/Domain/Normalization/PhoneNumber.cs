namespace IncidentCore.Domain.Normalization;

/// <summary>Phone numbers in international form: <c>+</c> then 7 to 15 digits, as stored (for example <c>+17136387543</c>).</summary>
public static class PhoneNumber
{
    /// <summary>The fewest digits accepted after the plus sign.</summary>
    public const int MinimumDigits = 7;

    /// <summary>The most digits accepted after the plus sign (E.164).</summary>
    public const int MaximumDigits = 15;

    /// <summary>Normalises a phone number typed with spaces, dashes, dots or brackets to <c>+digits</c>.</summary>
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

        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var sawPlus = false;
        foreach (var c in value.AsSpan().Trim())
        {
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

        normalized = new string(buffer[..length]);
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

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '(' or ')';
}
