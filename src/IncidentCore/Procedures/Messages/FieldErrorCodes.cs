namespace IncidentCore.Procedures.Messages;

/// <summary>The stable codes of <see cref="FieldError.Code"/>. Hosts test these, never the message text.</summary>
public static class FieldErrorCodes
{
    /// <summary>A required input is missing or empty.</summary>
    public const string Required = "required";

    /// <summary>A value is malformed (email, phone, time zone, enumeration, id, characters).</summary>
    public const string Invalid = "invalid";

    /// <summary>A value is longer than the field accepts (or its normalised key would be).</summary>
    public const string TooLong = "too_long";

    /// <summary>A change set names a field the record does not have.</summary>
    public const string UnknownField = "unknown_field";

    /// <summary>A change set names a field that cannot be changed (an id or a timestamp).</summary>
    public const string NotEditable = "not_editable";

    /// <summary>A change set sets nothing.</summary>
    public const string EmptyChangeSet = "empty_change_set";

    /// <summary>A unique value is already taken by another record.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>An id names no existing record.</summary>
    public const string NotFound = "not_found";
}
