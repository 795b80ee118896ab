namespace IncidentCore.Procedures.Definitions;

/// <summary>What kind of value an SOP input holds, and so how it is validated.</summary>
public enum FieldKind
{
    /// <summary>Free text: trimmed, no control or invisible characters, bounded length.</summary>
    Text = 1,

    /// <summary>An email address.</summary>
    Email = 2,

    /// <summary>A phone number in international form, stored as <c>+digits</c>.</summary>
    Phone = 3,

    /// <summary>One of the wire names of an enumeration.</summary>
    Enumeration = 4,

    /// <summary>The id of another record.</summary>
    Id = 5,

    /// <summary>An IANA time zone id or one of the accepted abbreviations.</summary>
    TimeZone = 6,

    /// <summary>A UTC instant.</summary>
    Timestamp = 7,

    /// <summary>A true/false flag.</summary>
    Flag = 8,

    /// <summary>A whole number within a range.</summary>
    Integer = 9,
}
