namespace IncidentCore.Domain;

/// <summary>The length limits the procedures enforce, for hosts and stores that size columns or request schemas.</summary>
public static class FieldLimits
{
    /// <summary>The longest record id: 64 letters, digits, '-', '_', '.' or ':'.</summary>
    public const int MaximumIdLength = 64;

    /// <summary>The longest free-text value (names, industry, country, department, titles).</summary>
    public const int MaximumTextLength = 200;

    /// <summary>The longest email address.</summary>
    public const int MaximumEmailLength = 254;
}
