using IncidentCore.Domain;
using Microsoft.Extensions.Logging.Testing;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>Looks for values of personal fields (names of people, emails, phones) in audit entries and log lines.</summary>
internal sealed class PersonalDataScan(IEnumerable<string> personalValues)
{
    private readonly string[] _needles = [.. personalValues
        .Where(v => v is not null)
        .Select(v => v.Trim())
        .Where(v => v.Length >= 5)
        .Distinct(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> FindIn(AuditEntry entry) =>
        Find(AuditTexts(entry), $"audit entry {entry.AuditId}");

    public IReadOnlyList<string> FindIn(FakeLogRecord record) =>
        Find(LogTexts(record), $"log line {record.Id.Id} '{record.Message}'");

    public static IEnumerable<string?> AuditTexts(AuditEntry entry)
    {
        yield return entry.AuditId;
        yield return entry.EntityId;
        yield return entry.ActorUserId;
        yield return entry.Reason;
        foreach (var field in entry.ChangedFields)
        {
            yield return field;
        }

        foreach (var change in entry.ValueChanges)
        {
            yield return change.Field;
            yield return change.OldValue;
            yield return change.NewValue;
        }
    }

    public static IEnumerable<string?> LogTexts(FakeLogRecord record)
    {
        yield return record.Message;
        if (record.StructuredState is { } state)
        {
            foreach (var pair in state)
            {
                yield return pair.Value;
            }
        }

        for (var exception = record.Exception; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }

    private List<string> Find(IEnumerable<string?> texts, string where)
    {
        var found = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var needle in _needles)
            {
                if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"{where} contains the personal value '{needle}'");
                }
            }
        }

        return found;
    }
}
