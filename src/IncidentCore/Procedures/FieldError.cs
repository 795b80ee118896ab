namespace IncidentCore.Procedures;

/// <summary>What is wrong with one input field. It never repeats the field's value.</summary>
/// <param name="Field">The field's wire name (for example <c>contact_email</c>).</param>
/// <param name="Code">A stable code: required, invalid, too_long, unknown_field, not_editable, duplicate, not_found, empty_change_set.</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record FieldError(string Field, string Code, string Message);
