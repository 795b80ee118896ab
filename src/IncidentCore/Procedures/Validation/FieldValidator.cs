using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Validation;

/// <summary>Checks input fields and collects every error in one pass. Messages name the field, never its value.</summary>
internal sealed class FieldValidator
{
    private List<FieldError>? _errors;

    public bool HasErrors => _errors is not null;

    public IReadOnlyList<FieldError> Errors => _errors ?? [];

    public void Add(string field, string code, string message) => (_errors ??= []).Add(new FieldError(field, code, message));

    public void Required(string field) => Add(field, "required", $"{field} is required.");

    public void ActorUserId(string? actorUserId)
    {
        if (!TextRules.IsWellFormedId(actorUserId))
        {
            Add(FieldNames.ActorUserId, "invalid", $"{FieldNames.ActorUserId} must be a user id of 1 to {TextRules.MaximumIdLength} letters, digits, '-', '_', '.' or ':'.");
        }
    }

    public string? RequiredId(string field, string? value)
    {
        if (value is null)
        {
            Required(field);
            return null;
        }

        return Id(field, value);
    }

    public string? OptionalId(string field, string? value) => value is null ? null : Id(field, value);

    public string? RequiredText(string field, string? value, int maximumLength = TextRules.MaximumLength)
    {
        if (value is null)
        {
            Required(field);
            return null;
        }

        return Text(field, value, maximumLength);
    }

    public string? OptionalText(string field, string? value, int maximumLength = TextRules.MaximumLength) =>
        value is null ? null : Text(field, value, maximumLength);

    public string? RequiredEmail(string field, string? value)
    {
        if (value is null)
        {
            Required(field);
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "required", $"{field} must not be empty.");
            return null;
        }

        if (value.Length > EmailAddress.MaximumLength + 16)
        {
            Add(field, "too_long", $"{field} must be at most {EmailAddress.MaximumLength} characters.");
            return null;
        }

        if (!EmailAddress.IsValid(value))
        {
            Add(field, "invalid", $"{field} must be an email address such as name@example.com.");
            return null;
        }

        return value.Trim();
    }

    public string? RequiredPhone(string field, string? value)
    {
        if (value is null)
        {
            Required(field);
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "required", $"{field} must not be empty.");
            return null;
        }

        if (!PhoneNumber.TryNormalize(value, out var normalized))
        {
            Add(field, "invalid", $"{field} must be a phone number in international form: '+', the country code and {PhoneNumber.MinimumDigits} to {PhoneNumber.MaximumDigits} digits in all (spaces, dashes and brackets are allowed).");
            return null;
        }

        return normalized;
    }

    public TEnum? RequiredEnum<TEnum>(string field, string? value, WireNameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            Required(field);
            return null;
        }

        return Enum(field, value, table);
    }

    public TEnum? OptionalEnum<TEnum>(string field, string? value, WireNameTable<TEnum> table, TEnum defaultValue)
        where TEnum : struct, Enum =>
        value is null ? defaultValue : Enum(field, value, table);

    public string? Timezone(string field, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                Required(field);
                return null;
            }

            return TimeZoneName.Default;
        }

        if (!TimeZoneName.TryNormalize(value, out var canonical))
        {
            Add(field, "invalid", $"{field} must be an IANA time zone id such as America/New_York, or one of {string.Join(", ", TimeZoneName.Abbreviations)}.");
            return null;
        }

        return canonical;
    }

    private string? Id(string field, string value)
    {
        if (!TextRules.IsWellFormedId(value))
        {
            Add(field, "invalid", $"{field} must be an id of 1 to {TextRules.MaximumIdLength} letters, digits, '-', '_', '.' or ':'.");
            return null;
        }

        return value;
    }

    private string? Text(string field, string value, int maximumLength)
    {
        var problem = TextRules.FindProblem(value, maximumLength);
        if (problem is not null)
        {
            var code = problem.StartsWith("must not be empty", StringComparison.Ordinal) ? "required"
                : problem.StartsWith("must be at most", StringComparison.Ordinal) ? "too_long"
                : "invalid";
            Add(field, code, $"{field} {problem}.");
            return null;
        }

        return value.Trim();
    }

    private TEnum? Enum<TEnum>(string field, string value, WireNameTable<TEnum> table)
        where TEnum : struct, Enum
    {
        if (table.TryParse(value, out var parsed))
        {
            return parsed;
        }

        Add(field, "invalid", $"{field} must be one of: {table.AllowedValues}.");
        return null;
    }
}
