using System.Collections;

namespace IncidentCore.Procedures;

/// <summary>
/// The fields an update asks to change, by wire name, with values in wire form (<see langword="null"/> clears an
/// optional field). Unknown, read-only and invalid fields are reported by the procedure, never silently dropped.
/// </summary>
public sealed class ChangeSet : IEnumerable<KeyValuePair<string, string?>>
{
    private readonly List<KeyValuePair<string, string?>> _entries = [];

    /// <summary>The number of fields set.</summary>
    public int Count => _entries.Count;

    /// <summary>Sets a field, replacing an earlier value for the same field.</summary>
    /// <param name="field">The field's wire name, for example <c>status</c>.</param>
    /// <param name="value">The new value in wire form; <see langword="null"/> clears an optional field.</param>
    /// <returns>This change set, for chaining.</returns>
    public ChangeSet Set(string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, field, StringComparison.Ordinal))
            {
                _entries[i] = new(field, value);
                return this;
            }
        }

        _entries.Add(new(field, value));
        return this;
    }

    /// <summary>Collection-initialiser support: <c>new ChangeSet { { "status", "inactive" } }</c>.</summary>
    /// <param name="field">The field's wire name.</param>
    /// <param name="value">The new value in wire form.</param>
    public void Add(string field, string? value) => Set(field, value);

    /// <summary>Tells whether a field is set.</summary>
    /// <param name="field">The field's wire name.</param>
    /// <returns><see langword="true"/> when set.</returns>
    public bool Contains(string field) => IndexOf(field) >= 0;

    /// <summary>Gets a field's value.</summary>
    /// <param name="field">The field's wire name.</param>
    /// <param name="value">The value when set.</param>
    /// <returns><see langword="true"/> when the field is set.</returns>
    public bool TryGetValue(string field, out string? value)
    {
        var index = IndexOf(field);
        value = index >= 0 ? _entries[index].Value : null;
        return index >= 0;
    }

    /// <summary>Creates a change set from field/value pairs (for example a parsed JSON object).</summary>
    /// <param name="fields">The pairs; a later pair replaces an earlier one for the same field.</param>
    /// <returns>The change set.</returns>
    public static ChangeSet From(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var changes = new ChangeSet();
        foreach (var (field, value) in fields)
        {
            changes.Set(field, value);
        }

        return changes;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string field)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (string.Equals(_entries[i].Key, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
