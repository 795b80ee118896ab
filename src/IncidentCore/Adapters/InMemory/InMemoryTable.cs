using System.Collections.Concurrent;
using IncidentCore.Ports;

namespace IncidentCore.Adapters.InMemory;

/// <summary>The operations a commit needs from a table, independent of the record type.</summary>
internal interface IInMemoryTable
{
    int StripeCount { get; }

    /// <summary>How many unique keys a record of this table has.</summary>
    int KeyCount { get; }

    /// <summary>Reports the stripes a write needs, and the record's unique keys (computed once, for the apply too).</summary>
    void CollectStripes(object record, Span<int> stripes, Span<string?> keys);

    /// <summary>
    /// Checks and applies one write (callers hold the stripes), or refuses it. When <paramref name="withUndo"/> is set,
    /// also returns the action that takes the write back (needed only when a later write of the same commit fails).
    /// </summary>
    CommitResult TryApply(object record, bool isUpdate, bool withUndo, ReadOnlySpan<string?> keys, out Action? undo);

    /// <summary>Told once the whole commit holding this write succeeded (callers still hold the stripes).</summary>
    void Committed(object record, bool isUpdate);
}

/// <summary>
/// One table of the in-memory store: records by id plus one index per unique key (key → id). Reads are lock-free;
/// writes run under the striped locks of every key and id they touch.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class InMemoryTable<T> : IInMemoryTable
    where T : class
{
    private readonly int _tag;
    private readonly string _idField;
    private readonly Func<T, string> _idOf;
    private readonly Func<T, long> _versionOf;
    private readonly UniqueIndex[] _indexes;

    public InMemoryTable(int tag, string idField, Func<T, string> idOf, Func<T, long> versionOf, int capacity, params UniqueIndex[] indexes)
    {
        _tag = tag;
        _idField = idField;
        _idOf = idOf;
        _versionOf = versionOf;
        if (indexes.Length > KeyBuffer.Capacity)
        {
            throw new ArgumentException($"A table holds at most {KeyBuffer.Capacity} unique indexes.", nameof(indexes));
        }

        _indexes = indexes;
        ById = new(InMemoryTableSizing.ConcurrencyLevel, capacity, StringComparer.Ordinal);
        foreach (var index in indexes)
        {
            index.CreateOwners(capacity);
        }
    }

    /// <summary>Told of each record inserted, once its commit succeeded (keeps child indexes such as a client's incidents).</summary>
    public Action<T>? Inserted { get; init; }

    public ConcurrentDictionary<string, T> ById { get; }

    public int StripeCount => _indexes.Length + 1;

    public int KeyCount => _indexes.Length;

    public T? FindById(string id) => ById.TryGetValue(id, out var record) ? record : null;

    public T? FindByKey(int index, string key) =>
        _indexes[index].Owners.TryGetValue(key, out var id) && ById.TryGetValue(id, out var record) ? record : null;

    public IReadOnlyList<T> List(int skip, int take)
    {
        if (take <= 0 || skip < 0)
        {
            return [];
        }

        return [.. ById.OrderBy(p => p.Key, StringComparer.Ordinal).Skip(skip).Take(take).Select(p => p.Value)];
    }

    /// <summary>The stripe that guards the record with this id: the first one <see cref="CollectStripes"/> reports for it.</summary>
    public int IdStripe(string id) => StripedLocks.StripeOf(_tag * 16, id);

    /// <summary>Whether the record with this id is stored at exactly this version (callers hold its id stripe).</summary>
    public bool IsAtVersion(string id, long version) => ById.TryGetValue(id, out var stored) && _versionOf(stored) == version;

    public void CollectStripes(object record, Span<int> stripes, Span<string?> keys)
    {
        var typed = (T)record;
        stripes[0] = IdStripe(_idOf(typed));
        for (var i = 0; i < _indexes.Length; i++)
        {
            keys[i] = _indexes[i].KeyOf(typed);
            stripes[i + 1] = StripedLocks.StripeOf((_tag * 16) + i + 1, _indexes[i].HashOf(keys[i]));
        }
    }

    /// <summary>Applies a write outside a commit (seeding), computing its keys.</summary>
    public CommitResult TryApply(T record)
    {
        var keyBuffer = default(KeyBuffer);
        Span<string?> keys = keyBuffer;
        for (var i = 0; i < _indexes.Length; i++)
        {
            keys[i] = _indexes[i].KeyOf(record);
        }

        return TryApply(record, isUpdate: false, withUndo: false, keys[.._indexes.Length], out _);
    }

    public CommitResult TryApply(object record, bool isUpdate, bool withUndo, ReadOnlySpan<string?> keys, out Action? undo)
    {
        var typed = (T)record;
        var id = _idOf(typed);
        undo = null;

        T? stored = null;
        if (isUpdate)
        {
            if (!ById.TryGetValue(id, out stored) || _versionOf(stored) != _versionOf(typed) - 1)
            {
                return CommitResult.Conflict;
            }
        }
        else if (ById.ContainsKey(id))
        {
            return CommitResult.Duplicate(_idField);
        }

        // Each key is normalised once, for both the check and the write.
        // A null key (a conditional index, such as one active escalation per level) is not indexed.
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i];
            if (keys[i] is { } key && index.Owners.TryGetValue(key, out var owner) && !string.Equals(owner, id, StringComparison.Ordinal))
            {
                return CommitResult.Duplicate(index.Field);
            }
        }

        ById[id] = typed;
        for (var i = 0; i < _indexes.Length; i++)
        {
            var index = _indexes[i];
            var key = keys[i];
            if (key is not null)
            {
                index.Owners[key] = id;
            }

            if (stored is not null && !index.SameSource(stored, typed) && index.KeyOf(stored) is { } oldKey && !index.SameKey(oldKey, key))
            {
                index.Owners.TryRemove(new KeyValuePair<string, string>(oldKey, id));
            }
        }

        if (withUndo)
        {
            undo = UndoAction(typed, stored);
        }

        return CommitResult.Committed;
    }

    // A method of its own, so that the closure is allocated only when an undo is asked for, not on every apply.
    private Action UndoAction(T applied, T? previous) => () => Undo(applied, previous);

    private void Undo(T applied, T? previous)
    {
        var id = _idOf(applied);
        foreach (var index in _indexes)
        {
            if (index.KeyOf(applied) is { } key)
            {
                index.Owners.TryRemove(new KeyValuePair<string, string>(key, id));
            }

            if (previous is not null && index.KeyOf(previous) is { } previousKey)
            {
                index.Owners[previousKey] = id;
            }
        }

        if (previous is null)
        {
            ById.TryRemove(id, out _);
        }
        else
        {
            ById[id] = previous;
        }
    }

    public void Committed(object record, bool isUpdate)
    {
        if (!isUpdate)
        {
            Inserted?.Invoke((T)record);
        }
    }

    /// <summary>Room for the normalised keys of one record, on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct KeyBuffer
    {
        public const int Capacity = 4;

        private string? _first;
    }

    /// <summary>
    /// One unique index: the record field it enforces, and how its key is made (null: the record is not indexed).
    /// With a <paramref name="keyComparer"/>, <paramref name="keyOf"/> may return the value itself instead of its key:
    /// the index then compares and hashes values by that comparer (the text key rule, without making the key).
    /// </summary>
    internal sealed class UniqueIndex(string field, Func<T, string?> keyOf, Func<T, object?>? sourceOf = null, IEqualityComparer<string>? keyComparer = null)
    {
        private readonly IEqualityComparer<string> _comparer = keyComparer ?? StringComparer.Ordinal;

        public string Field { get; } = field;

        public Func<T, string?> KeyOf { get; } = keyOf;

        /// <summary>The hash of a key under the index's comparer (keys equal under it share a lock stripe); 0 for none.</summary>
        public int HashOf(string? key) => key is null ? 0 : _comparer.GetHashCode(key);

        /// <summary>Whether two keys are one key under the index's comparer.</summary>
        public bool SameKey(string? x, string? y) => _comparer.Equals(x, y);

        /// <summary>
        /// Whether two versions of a record hold the same values the key is made from, so the key cannot have changed
        /// and need not be computed again (an update that leaves the unique fields alone).
        /// </summary>
        public bool SameSource(T before, T after) => sourceOf is not null && Equals(sourceOf(before), sourceOf(after));

        /// <summary>Key → id of the record holding it; made by the index's table, with the table's capacity.</summary>
        public ConcurrentDictionary<string, string> Owners { get; private set; } = null!;

        public void CreateOwners(int capacity) => Owners = new(InMemoryTableSizing.ConcurrencyLevel, capacity, _comparer);
    }
}
