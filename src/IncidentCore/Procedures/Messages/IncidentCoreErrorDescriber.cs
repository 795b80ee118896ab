using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Messages;

/// <summary>
/// Every message the procedures give, in one place: the field errors (with their stable codes from
/// <see cref="FieldErrorCodes"/>) and the halt messages. A host replaces it (for example to localise) by registering a
/// subclass as a singleton before <c>AddIncidentCore</c>; codes never change and are never read from the text.
/// Messages never contain an input value.
/// </summary>
public class IncidentCoreErrorDescriber
{
    /// <summary>A required input is missing.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError Required(string field) => new(field, FieldErrorCodes.Required, $"{field} is required.");

    /// <summary>A required input is empty or white space.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError Empty(string field) => new(field, FieldErrorCodes.Required, $"{field} must not be empty.");

    /// <summary>A value is too long.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="maximumLength">The longest value accepted.</param>
    /// <returns>The error.</returns>
    public virtual FieldError TooLong(string field, int maximumLength) =>
        new(field, FieldErrorCodes.TooLong, $"{field} must be at most {maximumLength} characters.");

    /// <summary>A unique value whose normalised key would exceed the bound every store indexes.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError KeyTooLong(string field) =>
        new(field, FieldErrorCodes.TooLong, $"{field} is too long once normalised for comparison.");

    /// <summary>Free text with characters it may not hold.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidText(string field, TextProblem problem) => new(field, FieldErrorCodes.Invalid, problem switch
    {
        TextProblem.ControlCharacter => $"{field} must not contain control characters or line breaks.",
        TextProblem.InvisibleCharacter => $"{field} must not contain invisible formatting characters (zero-width or direction marks).",
        _ => $"{field} must contain only assigned Unicode characters.",
    });

    /// <summary>An email that is not one.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidEmail(string field) =>
        new(field, FieldErrorCodes.Invalid, $"{field} must be an email address such as name@example.com.");

    /// <summary>A phone that is not one.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidPhone(string field) => new(field, FieldErrorCodes.Invalid,
        $"{field} must be a phone number in international form: '+', the country code and {PhoneNumber.MinimumDigits} to {PhoneNumber.MaximumDigits} digits in all (spaces, dashes and brackets are allowed).");

    /// <summary>A value outside its enumeration.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="allowedValues">The accepted wire values, comma separated.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidEnumeration(string field, string allowedValues) =>
        new(field, FieldErrorCodes.Invalid, $"{field} must be one of: {allowedValues}.");

    /// <summary>An id that is not well formed.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidId(string field) => new(field, FieldErrorCodes.Invalid,
        $"{field} must be an id of 1 to {TextRules.MaximumIdLength} letters, digits, '-', '_', '.' or ':'.");

    /// <summary>A time zone that is not known.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidTimeZone(string field) => new(field, FieldErrorCodes.Invalid,
        $"{field} must be an IANA time zone id such as America/New_York, or one of {string.Join(", ", TimeZoneName.Abbreviations)}.");

    /// <summary>A timestamp that is not one.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError InvalidTimestamp(string field) =>
        new(field, FieldErrorCodes.Invalid, $"{field} must be an ISO 8601 instant such as 2025-09-25T12:00:00Z.");

    /// <summary>A whole number outside its range.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted.</param>
    /// <returns>The error.</returns>
    public virtual FieldError OutOfRange(string field, long minimum, long maximum) =>
        new(field, FieldErrorCodes.Invalid, $"{field} must be a whole number from {minimum} to {maximum}.");

    /// <summary>A value that breaks a rule of the record's lifecycle or of the domain (a status move, a time in the future).</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="rule">The rule, as a sentence without the field's value.</param>
    /// <returns>The error.</returns>
    public virtual FieldError RuleBroken(string field, string rule) => new(field, FieldErrorCodes.Invalid, $"{field} is not accepted: {rule}.");

    /// <summary>A change set that sets nothing.</summary>
    /// <param name="field">The change set's wire name (<c>change_set</c>).</param>
    /// <returns>The error.</returns>
    public virtual FieldError EmptyChangeSet(string field) => new(field, FieldErrorCodes.EmptyChangeSet, $"{field} must set at least one field.");

    /// <summary>A change set naming a field the record does not have (the name is echoed only in a safe, shortened form).</summary>
    /// <param name="field">The safe form of the name given.</param>
    /// <param name="entityType">The kind of record.</param>
    /// <param name="editableFields">The fields a change set may set, comma separated.</param>
    /// <returns>The error.</returns>
    public virtual FieldError UnknownField(string field, EntityType entityType, string editableFields) => new(field, FieldErrorCodes.UnknownField,
        $"A {entityType.ToWireName()} has no field with this name; editable fields are: {editableFields}.");

    /// <summary>A change set naming a field that cannot change.</summary>
    /// <param name="field">The field's wire name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError NotEditable(string field) => new(field, FieldErrorCodes.NotEditable, $"{field} cannot be changed.");

    /// <summary>A unique value already taken.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="entityType">The kind of record.</param>
    /// <returns>The error.</returns>
    public virtual FieldError Duplicate(string field, EntityType entityType) =>
        new(field, FieldErrorCodes.Duplicate, $"{field} is already used by another {entityType.ToWireName()}.");

    /// <summary>An id naming no record of the kind it must.</summary>
    /// <param name="field">The input's wire name.</param>
    /// <param name="entityType">The kind of record it must name.</param>
    /// <returns>The error.</returns>
    public virtual FieldError NotFound(string field, EntityType entityType) =>
        new(field, FieldErrorCodes.NotFound, $"{field} does not name an existing {entityType.ToWireName()}.");

    /// <summary>The halt message for invalid input.</summary>
    /// <param name="errors">Every field error found.</param>
    /// <returns>The message.</returns>
    public virtual string ValidationFailed(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1 ? $"Invalid input: {errors[0].Message}" : $"{errors.Count} inputs are missing or invalid; see the field errors.";
    }

    /// <summary>The halt message for a denial.</summary>
    /// <param name="operation">The operation denied.</param>
    /// <param name="reason">Why.</param>
    /// <param name="rule">The deciding rule's or reason's wire name, recorded in the audit trail.</param>
    /// <returns>The message.</returns>
    public virtual string Denied(Operation operation, DenialReason reason, string rule)
    {
        var why = reason switch
        {
            DenialReason.ActorNotFound => "the acting user does not exist",
            DenialReason.ActorNotActive => "the acting user is not active (inactive or on leave users may do nothing)",
            DenialReason.RoleNotPermitted => "the acting user's role may not run this procedure",
            DenialReason.NotAssignedToClient => "the acting user is not associated with this client",
            DenialReason.NotAssignedToVendor => "the acting user is not associated with this vendor",
            DenialReason.NotNamedUser => "the acting user is not the user this record names",
            DenialReason.ApproverRoleRequired => "the request's approval rule needs a role the acting user does not hold",
            DenialReason.OwnRequestDecision => "nobody approves or rejects a request they made",
            DenialReason.SystemAdministratorRoleProtected => "only a system administrator may create, change or grant a system administrator account",
            DenialReason.OwnRoleOrStatusChange => "nobody may change their own role or status",
            _ => "no rule permits it",
        };
        return $"{Describe(operation)} denied ({rule}): {why}. Nothing was changed.";
    }

    /// <summary>The halt message when the record to change or read does not exist.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <param name="idField">The input naming it.</param>
    /// <returns>The message.</returns>
    public virtual string RecordNotFound(EntityType entityType, string idField) =>
        $"No {entityType.ToWireName()} has this {idField}; nothing was changed.";

    /// <summary>The halt message when unique values are taken.</summary>
    /// <param name="entityType">The kind of record.</param>
    /// <param name="errors">The duplicate fields.</param>
    /// <returns>The message.</returns>
    public virtual string Duplicates(EntityType entityType, IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"Another {entityType.ToWireName()} already has the same {string.Join(" or ", errors.Select(e => e.Field))}; nothing was changed.";
    }

    /// <summary>The halt message when referenced records do not exist.</summary>
    /// <param name="errors">The fields naming missing records.</param>
    /// <returns>The message.</returns>
    public virtual string ReferencesNotFound(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"The specified {string.Join(" or ", errors.Select(e => e.Field))} does not exist; nothing was changed.";
    }

    /// <summary>The halt message when concurrent changes won every retry.</summary>
    /// <returns>The message.</returns>
    public virtual string Conflict() => "The record kept changing under concurrent updates; nothing was changed. Try again.";

    /// <summary>The halt message when storage failed before anything could be committed.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The message.</returns>
    public virtual string StorageFailure(Operation operation) =>
        $"{Describe(operation)} failed because storage failed; nothing was changed and the failure has been escalated.";

    /// <summary>The halt message when the commit was sent but its outcome is unknown.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The message.</returns>
    public virtual string StorageOutcomeUnknown(Operation operation) =>
        $"{Describe(operation)} failed because storage failed while committing; the change may or may not have been saved. Read the record before trying again. The failure has been escalated.";

    /// <summary>A procedure's name for people.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The name, for example "Client onboarding".</returns>
    public virtual string Describe(Operation operation)
    {
        var wire = operation.ToWireName().Replace('_', ' ');
        return string.Concat(char.ToUpperInvariant(wire[0]).ToString(), wire[1..]);
    }
}
