namespace IncidentCore.Domain.Fields;

/// <summary>
/// What kind of data a field holds. The audit trail derives what it may record from this mark alone: values of
/// <see cref="Enumeration"/> and <see cref="Identifier"/> fields may be recorded old → new; all others only by name.
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

    /// <summary>A timestamp the library sets itself.</summary>
    Timestamp = 5,
}
