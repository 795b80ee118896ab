namespace IncidentCore.Domain.Fields;

/// <summary>
/// What kind of data a field holds. The audit trail derives what it may record from this mark alone: values of
/// <see cref="Enumeration"/>, <see cref="Identifier"/> and <see cref="Number"/> fields may be recorded old → new; all others only by name.
/// </summary>
public enum FieldClassification
{
    /// <summary>A record id or a link to another record.</summary>
    Identifier = 1,

    /// <summary>A value from a fixed enumeration (role, status, type).</summary>
    Enumeration = 2,

    /// <summary>Personal data (a person's name, an email address, a phone number): never logged or audited by value.</summary>
    PersonalData = 3,

    /// <summary>Free text that is not personal data but is not recorded by value either.</summary>
    FreeText = 4,

    /// <summary>A timestamp; recorded old → new where it is not set by the library alone (a detection time).</summary>
    Timestamp = 5,

    /// <summary>A number that is not personal data (a port): may be recorded old → new.</summary>
    Number = 6,
}
