namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Time zone names a user record may hold: the abbreviations seen in real directories (UTC, GMT, CST, EST, CET,
/// PST) and IANA ids such as <c>America/New_York</c>. Matching ignores case; the canonical spelling is stored.
/// </summary>
internal static class TimeZoneName
{
    /// <summary>The default time zone of a new user.</summary>
    public const string Default = "UTC";

    /// <summary>The abbreviations accepted besides IANA ids.</summary>
    public static IReadOnlyList<string> Abbreviations { get; } = ["UTC", "GMT", "CST", "EST", "CET", "PST"];

    private static readonly Dictionary<string, string> Canonical = BuildCanonical();

    /// <summary>Returns the canonical spelling of an accepted time zone name.</summary>
    /// <param name="value">The name as entered.</param>
    /// <param name="canonical">The canonical spelling when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is an accepted abbreviation or IANA id.</returns>
    public static bool TryNormalize(string? value, out string canonical)
    {
        if (value is not null && value.Length <= 64 && Canonical.TryGetValue(value.Trim(), out var found))
        {
            canonical = found;
            return true;
        }

        canonical = string.Empty;
        return false;
    }

    private static Dictionary<string, string> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in IanaTimeZoneIds.All)
        {
            map.TryAdd(id, id);
        }

        foreach (var abbreviation in Abbreviations)
        {
            map[abbreviation] = abbreviation;
        }

        return map;
    }
}
