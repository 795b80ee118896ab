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
}
