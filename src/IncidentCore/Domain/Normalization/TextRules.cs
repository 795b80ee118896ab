using System.Globalization;

namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Rules for free-text values: no control characters (so nothing can forge a log line), no invisible format
/// characters (zero-width or bidirectional overrides that disguise a value), no lone surrogates, and a length limit.
/// </summary>
internal static class TextRules
{
    /// <summary>The longest free-text value accepted (names, industry, country, department).</summary>
    public const int MaximumLength = FieldLimits.MaximumTextLength;

    /// <summary>The longest id accepted.</summary>
    public const int MaximumIdLength = FieldLimits.MaximumIdLength;

    /// <summary>Finds what is wrong with a free-text value, if anything.</summary>
    /// <param name="value">The value, already known not to be <see langword="null"/>.</param>
    /// <param name="maximumLength">The longest value accepted.</param>
    /// <returns>A short description of the problem, or <see langword="null"/> when the value is acceptable.</returns>
    public static string? FindProblem(string value, int maximumLength = MaximumLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return "must not be empty";
        }

        if (text.Length > maximumLength)
        {
            return $"must be at most {maximumLength} characters";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return "must not contain control characters or line breaks";
                case UnicodeCategory.Format:
                    return "must not contain invisible formatting characters (zero-width or direction marks)";
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                    return "must contain only assigned Unicode characters";
            }
        }

        return null;
    }

    /// <summary>Tells whether a value is a well-formed record id: 1 to 64 letters, digits, '-', '_', '.' or ':'.</summary>
    /// <param name="value">The id.</param>
    /// <returns><see langword="true"/> when well formed.</returns>
    public static bool IsWellFormedId(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaximumIdLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}
