using System.Buffers;
using System.Globalization;
using System.Text;

namespace IncidentCore.Domain.Normalization;

/// <summary>
/// The one rule every text key follows: Unicode NFKC, invariant upper case, white space runs collapsed to one
/// ASCII space and trimmed, and dashes (category Pd and the minus sign) folded to <c>-</c>.
/// </summary>
internal static class TextKey
{
    private const char MinusSign = '\u2212';

    /// <summary>Every ASCII character the framework calls white space, but the space itself.</summary>
    private static readonly SearchValues<char> OtherAsciiWhiteSpace = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(static c => (char)c).Where(static c => c != ' ' && char.IsWhiteSpace(c))]);

    public static string From(string value)
    {
        // Most values are plain ASCII already in key shape (NFKC leaves ASCII alone): then the key is the value
        // upper-cased, and a value already in upper case is its own key, with nothing allocated.
        if (IsAsciiInKeyShape(value, out var hasLowerCase))
        {
            return hasLowerCase ? value.ToUpperInvariant() : value;
        }

        var upper = CompatibilityForm(value).ToUpperInvariant();

        // Upper-casing can turn a combining mark into a letter (U+0345 becomes U+0399) or make a pair that composes
        // (I and U+0307 become U+0130); normalise again so that every key is in NFKC and the key of a key is itself.
        return FoldSpacesAndDashes(CompatibilityForm(upper));
    }

    /// <summary>ASCII only, no white space but single inner spaces: the folding rules change nothing but the case.</summary>
    internal static bool IsAsciiInKeyShape(string value, out bool hasLowerCase)
    {
        var shaped = IsAsciiInKeyShape(value);
        hasLowerCase = shaped && value.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;
        return shaped;
    }

    /// <summary>The same test, without asking about case: each step a vectorised scan.</summary>
    internal static bool IsAsciiInKeyShape(string value)
    {
        var span = value.AsSpan();

        // Printable ASCII without spaces (emails, registration numbers, most keys) is in key shape: one scan.
        if (span.IndexOfAnyExceptInRange('!', '~') < 0)
        {
            return true;
        }

        return Ascii.IsValid(span)
            && span.IndexOfAny(OtherAsciiWhiteSpace) < 0
            && (span.Length == 0 || (span[0] != ' ' && span[^1] != ' '))
            && !HasDoubleSpace(span);
    }

    private static bool HasDoubleSpace(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOf(' '); at >= 0 && at + 1 < span.Length; at = span.IndexOf(' '))
        {
            if (span[at + 1] == ' ')
            {
                return true;
            }

            span = span[(at + 1)..];
        }

        return false;
    }

    /// <summary>NFKC, keeping any lone surrogate as it is (NFKC is undefined for them, and the framework throws).</summary>
    private static string CompatibilityForm(string value)
    {
        var loneSurrogate = IndexOfLoneSurrogate(value, 0);
        if (loneSurrogate < 0)
        {
            return value.IsNormalized(NormalizationForm.FormKC) ? value : value.Normalize(NormalizationForm.FormKC);
        }

        var builder = new StringBuilder(value.Length);
        var start = 0;
        while (loneSurrogate >= 0)
        {
            builder.Append(value[start..loneSurrogate].Normalize(NormalizationForm.FormKC)).Append(value[loneSurrogate]);
            start = loneSurrogate + 1;
            loneSurrogate = IndexOfLoneSurrogate(value, start);
        }

        return builder.Append(value[start..].Normalize(NormalizationForm.FormKC)).ToString();
    }

    private static int IndexOfLoneSurrogate(string value, int start)
    {
        for (var i = start; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FoldSpacesAndDashes(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsDash(char.ConvertToUtf32(c, value[i + 1])))
                {
                    builder.Append('-');
                }
                else
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
            }
            else
            {
                builder.Append(IsDash(c) ? '-' : c);
            }
        }

        return builder.ToString();
    }

    private static bool IsDash(int codePoint) =>
        codePoint == MinusSign || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.DashPunctuation;
}
