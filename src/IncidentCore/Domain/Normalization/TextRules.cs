namespace IncidentCore.Domain.Normalization;

/// <summary>The length limits of free text and ids, and what a well-formed id is (the text rules themselves are applied in validation).</summary>
internal static class TextRules
{
    /// <summary>The longest free-text value accepted (names, industry, country, department).</summary>
    public const int MaximumLength = FieldLimits.MaximumTextLength;

    /// <summary>The longest id accepted.</summary>
    public const int MaximumIdLength = FieldLimits.MaximumIdLength;

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
