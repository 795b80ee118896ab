namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Email address syntax as real directories hold it: one <c>@</c>, a local part and a domain of letters, digits,
/// hyphens and dots. A dot in the domain is not required (<c>contact@johnsonllc</c> is valid).
/// </summary>
internal static class EmailAddress
{
    /// <summary>The longest address accepted.</summary>
    public const int MaximumLength = FieldLimits.MaximumEmailLength;

    /// <summary>Checks the syntax of an address (after trimming surrounding spaces).</summary>
    /// <param name="value">The address.</param>
    /// <returns><see langword="true"/> when it is a well-formed address.</returns>
    public static bool IsValid(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.AsSpan().Trim();
        if (text.Length is 0 or > MaximumLength)
        {
            return false;
        }

        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        return IsValidLocalPart(text[..at]) && IsValidDomain(text[(at + 1)..]);
    }

    private static bool IsValidLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.Length > 253)
        {
            return false;
        }

        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
