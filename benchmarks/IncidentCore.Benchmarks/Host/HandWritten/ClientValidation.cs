using System.Text;

namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>
/// Client onboarding's input rules as IncidentCore defines them (Procedures/Definitions/ClientFields and
/// ClientOnboarding), written again: client_name, registration_number (at most 64), contact_email and client_type
/// required; status optional (active when left out); country and industry optional; every problem reported at once.
/// </summary>
internal static class ClientValidation
{
    private const int MaximumTextLength = 200;
    private const int MaximumRegistrationNumberLength = 64;
    private const int MaximumKeyLength = 512;
    private static readonly string[] ClientTypes = ["enterprise", "mid_market", "small_business", "startup"];
    private static readonly string[] Statuses = ["active", "inactive", "suspended"];

    /// <summary>Checks the acting user's id and the request; returns the valid client, or null with <paramref name="errors"/> filled.</summary>
    public static ValidClient? Validate(string? actorUserId, NewClientRequest request, Dictionary<string, string[]> errors)
    {
        if (!TextRules.IsWellFormedId(actorUserId))
        {
            errors["actor_user_id"] = ["invalid_id"];
        }

        var name = Text("client_name", request.ClientName, MaximumTextLength, required: true, errors);
        var registration = Text("registration_number", request.RegistrationNumber, MaximumRegistrationNumberLength, required: true, errors);
        var email = Email(request.ContactEmail, errors);
        var type = OneOf("client_type", request.ClientType, ClientTypes, errors);
        var status = request.Status is null ? "active" : OneOf("status", request.Status, Statuses, errors);
        var country = Text("country", request.Country, MaximumTextLength, required: false, errors);
        var industry = Text("industry", request.Industry, MaximumTextLength, required: false, errors);
        var registrationKey = registration is null ? null : BoundedKey("registration_number", registration, errors);
        var emailKey = email is null ? null : BoundedKey("contact_email", email, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var changed = new StringBuilder("[\"client_name\",\"registration_number\",\"contact_email\",\"client_type\",\"status\"");
        if (country is not null)
        {
            changed.Append(",\"country\"");
        }

        if (industry is not null)
        {
            changed.Append(",\"industry\"");
        }

        return new ValidClient(name!, registration!, registrationKey!, email!, emailKey!, type!, status!, country, industry, changed.Append(']').ToString());
    }

    private static string? Text(string field, string? raw, int maximumLength, bool required, Dictionary<string, string[]> errors)
    {
        if (raw is null)
        {
            if (required)
            {
                errors[field] = ["required"];
            }

            return null;
        }

        if (TextRules.TextProblem(raw, maximumLength) is { } problem)
        {
            errors[field] = [problem];
            return null;
        }

        return raw.Trim();
    }

    private static string? Email(string? raw, Dictionary<string, string[]> errors)
    {
        const string Field = "contact_email";
        var problem = raw is null ? "required"
            : string.IsNullOrWhiteSpace(raw) ? "empty"
            : raw.Length > 254 + 16 ? "too_long"
            : !TextRules.IsEmail(raw) ? "invalid_email"
            : null;
        if (problem is not null)
        {
            errors[Field] = [problem];
            return null;
        }

        return raw!.Trim();
    }

    private static string? OneOf(string field, string? raw, string[] allowed, Dictionary<string, string[]> errors)
    {
        if (raw is not null && Array.IndexOf(allowed, raw) >= 0)
        {
            return raw;
        }

        errors[field] = [raw is null ? "required" : "invalid_value"];
        return null;
    }

    private static string? BoundedKey(string field, string value, Dictionary<string, string[]> errors)
    {
        var key = TextRules.Key(value);
        if (key.Length <= MaximumKeyLength)
        {
            return key;
        }

        errors[field] = ["key_too_long"];
        return null;
    }
}
