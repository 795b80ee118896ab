using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Messages;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>Checks one given input against its field's kind and rules; every problem becomes a field error from the describer.</summary>
internal static class FieldParser
{
    private static readonly System.Buffers.SearchValues<char> TimestampCharacters = System.Buffers.SearchValues.Create("0123456789-:.+TZtz");

    public static bool TryParse<TRecord>(RecordField<TRecord> field, string name, string raw, IncidentCoreErrorDescriber describe, ref List<FieldError>? errors, out FieldValue value)
        where TRecord : class
    {
        value = default;
        FieldError? error = null;
        switch (field.Kind)
        {
            case FieldKind.Text:
                var problem = TextCheck.Find(raw, field.MaximumLength);
                error = problem switch
                {
                    TextProblem.None => null,
                    TextProblem.Empty => describe.Empty(name),
                    TextProblem.TooLong => describe.TooLong(name, field.MaximumLength),
                    _ => describe.InvalidText(name, problem),
                };
                value.Text = raw.Trim();
                break;
            case FieldKind.Email:
                error = string.IsNullOrWhiteSpace(raw) ? describe.Empty(name)
                    : raw.Length > EmailAddress.MaximumLength + 16 ? describe.TooLong(name, EmailAddress.MaximumLength)
                    : !EmailAddress.IsValid(raw) ? describe.InvalidEmail(name)
                    : null;
                value.Text = raw.Trim();
                break;
            case FieldKind.Phone:
                if (string.IsNullOrWhiteSpace(raw))
                {
                    error = describe.Empty(name);
                }
                else if (PhoneNumber.TryNormalize(raw, out var phone))
                {
                    value.Text = phone;
                }
                else
                {
                    error = describe.InvalidPhone(name);
                }

                break;
            case FieldKind.Enumeration:
                var table = field.Enumeration!;
                if (table.TryParse(raw, out var member))
                {
                    value.Text = raw;
                    value.Number = member;
                }
                else
                {
                    error = describe.InvalidEnumeration(name, table.AllowedValues);
                }

                break;
            case FieldKind.Id:
                error = TextRules.IsWellFormedId(raw) ? null : describe.InvalidId(name);
                value.Text = raw;
                break;
            case FieldKind.TimeZone:
                if (TimeZoneName.TryNormalize(raw, out var canonical))
                {
                    value.Text = canonical;
                }
                else
                {
                    error = describe.InvalidTimeZone(name);
                }

                break;
            case FieldKind.Timestamp:
                // An ISO 8601 instant and nothing else: digits and its separators only (no spaces, no line or control
                // characters that the framework's parser would otherwise skip).
                if (raw.Length <= 40 && raw.AsSpan().IndexOfAnyExcept(TimestampCharacters) < 0
                    && DateTimeOffset.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var instant))
                {
                    value.Text = raw;
                    value.Number = instant.UtcTicks;
                }
                else
                {
                    error = describe.InvalidTimestamp(name);
                }

                break;
            case FieldKind.Integer:
                if (long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    && number >= field.Minimum && number <= field.Maximum)
                {
                    value.Text = raw;
                    value.Number = number;
                }
                else
                {
                    error = describe.OutOfRange(name, field.Minimum, field.Maximum);
                }

                break;
            default:
                throw new InvalidOperationException($"Field {field.Name} has a kind the parser does not handle.");
        }

        // Plain ASCII cannot make a key past the bound, so its key is made only if a lookup needs it.
        if (error is null && field.Key is { } keyOf && !UniqueKeys.IsKeyWithinBoundUnmade(value.Text!))
        {
            value.Key = keyOf(value.Text!);
            if (!UniqueKeys.IsKeyWithinBound(value.Key))
            {
                error = describe.KeyTooLong(name);
            }
        }

        if (error is not null)
        {
            (errors ??= []).Add(error);
            value = default;
            return false;
        }

        value.IsSet = true;
        return true;
    }

    /// <summary>An unknown field's name as it can safely be echoed: at most 64 characters, no control or invisible characters.</summary>
    public static string SafeFieldName(string field)
    {
        var length = Math.Min(field.Length, 64);
        var safe = string.Create(length, field, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator ? '?' : c;
            }
        });
        return field.Length > 64 ? safe + "…" : safe;
    }
}
