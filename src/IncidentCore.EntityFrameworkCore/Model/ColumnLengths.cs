using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The longest value each kind of column holds, from the limits the procedures enforce.</summary>
internal static class ColumnLengths
{
    public const int Id = FieldLimits.MaximumIdLength;

    public const int Text = FieldLimits.MaximumTextLength;

    public const int Email = FieldLimits.MaximumEmailLength;

    /// <summary>A phone is stored as <c>+</c> and at most 15 digits; the rest is headroom.</summary>
    public const int Phone = 32;

    public const int Key = UniqueKeys.MaximumKeyLength;

    /// <summary>Enumeration wire names (<c>infrastructure_provider</c> is the longest, 23).</summary>
    public const int WireName = 32;

    /// <summary>IANA time zone ids (the longest are about 30 characters).</summary>
    public const int TimeZone = 64;

    /// <summary>An audit reason: a rule or denial name.</summary>
    public const int Reason = 128;

    /// <summary>A product's own version (free text of at most 64 characters).</summary>
    public const int ProductVersion = 64;

    /// <summary>A component name key: its product's id, a slash, and the name's key.</summary>
    public const int ComponentNameKey = Id + 1 + Key;

    /// <summary>
    /// A history row's id: its incident's id, the incident's new version and the row's number in that update, joined
    /// by dots (at most 64 + 1 + 19 + 1 + 10 characters).
    /// </summary>
    public const int HistoryId = 96;

    /// <summary>A history row's old or new value: an enumeration's wire name, an id or a timestamp in round-trip form.</summary>
    public const int HistoryValue = Id;
}
