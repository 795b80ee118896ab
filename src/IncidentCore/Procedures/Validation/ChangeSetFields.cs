using IncidentCore.Domain.Fields;

namespace IncidentCore.Procedures.Validation;

/// <summary>Checks that a change set is not empty and names only editable fields of the record.</summary>
internal static class ChangeSetFields
{
    /// <summary>Reports an empty change set, and each unknown or read-only field; returns whether every field is editable.</summary>
    public static bool CheckShape(FieldValidator validator, ChangeSet changes, FieldCatalog catalog)
    {
        if (changes.Count == 0)
        {
            validator.Add(FieldNames.ChangeSet, "empty_change_set", "change_set must set at least one field.");
            return false;
        }

        var ok = true;
        foreach (var (field, _) in changes)
        {
            var definition = catalog.Find(field);
            if (definition is null)
            {
                ok = false;
                validator.Add(SafeFieldName(field), "unknown_field", $"A {catalog.EntityType.ToString().ToLowerInvariant()} has no field with this name; editable fields are: {EditableList(catalog)}.");
            }
            else if (!definition.IsEditable)
            {
                ok = false;
                validator.Add(field, "not_editable", $"{field} cannot be changed.");
            }
        }

        return ok;
    }

    /// <summary>An unknown field's name as it can safely be echoed: at most 64 characters, no control or invisible characters.</summary>
    internal static string SafeFieldName(string field)
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

    private static string EditableList(FieldCatalog catalog) =>
        string.Join(", ", catalog.Fields.Where(f => f.IsEditable).Select(f => f.WireName));
}
