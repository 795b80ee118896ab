using System.Globalization;
using System.Text;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>
/// IncidentCore's rules for free text, email addresses, ids and unique keys, written again for the hand-written
/// endpoint from the library's definitions (Procedures/Pipeline/TextCheck, Domain/Normalization).
/// </summary>
internal static class TextRules
{
    private static readonly System.Buffers.SearchValues<char> LabelCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    /// <summary>Why a text value is refused, or <see langword="null"/> when it is fine: empty, too long, or holding a control, invisible or unassigned character.</summary>
    public static string? TextProblem(string value, int maximumLength)
    {
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return "empty";
        }

        if (text.Length > maximumLength)
        {
            return "too_long";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(text[i]))
            {
                case UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return "control_character";
                case UnicodeCategory.Format:
                    return "invisible_character";
                case UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse:
                    return "unassigned_character";
            }
        }

        return null;
    }

    /// <summary>An id: 1 to 64 letters, digits, '-', '_', '.' or ':'.</summary>
    public static bool IsWellFormedId(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    /// <summary>An email address: one '@' within the first 65 characters, a dot-atom local part and a domain of letter-digit-hyphen labels; at most 254 characters after trimming.</summary>
    public static bool IsEmail(string value)
    {
        var text = value.AsSpan().Trim();
        var at = text.IndexOf('@');
        if (text.Length is 0 or > 254 || at <= 0 || at != text.LastIndexOf('@') || at > 64)
        {
            return false;
        }

        var local = text[..at];
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !"!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var domain = text[(at + 1)..];
        if (domain.IsEmpty || domain.Length > 253)
        {
            return false;
        }

        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(LabelCharacters))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The key a unique value is compared by: NFKC, invariant upper case, NFKC again, white space runs as one space and
    /// trimmed, every dash (category Pd and U+2212) as '-'. Plain ASCII already in that shape is only upper-cased.
    /// </summary>
    public static string Key(string value)
    {
        if (value.All(c => char.IsAscii(c) && !char.IsWhiteSpace(c) || c == ' ') && !value.StartsWith(' ') && !value.EndsWith(' ') && !value.Contains("  ", StringComparison.Ordinal))
        {
            return value.ToUpperInvariant();
        }

        var upper = value.Normalize(NormalizationForm.FormKC).ToUpperInvariant().Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(upper.Length);
        var pendingSpace = false;
        foreach (var c in upper)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(c == '\u2212' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation ? '-' : c);
        }

        return key.ToString();
    }
}
