namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// The ids of the children of each parent (a client's incidents, an incident's escalations), in the order they were
/// committed, with each id's position: a page after a given id costs the same however many children there are.
/// </summary>
internal sealed class InMemoryChildIndex
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Children> _byParent = new(StringComparer.Ordinal);

    public void Add(string parentId, string childId) => _byParent.GetOrAdd(parentId, static _ => new Children()).Add(childId);

    /// <summary>The ids after <paramref name="afterId"/> (from the start when null); an id not under this parent gives none.</summary>
    public IReadOnlyList<string> Page(string parentId, string? afterId, int take) =>
        take > 0 && _byParent.TryGetValue(parentId, out var children) ? children.Page(afterId, take) : [];

    public IReadOnlyList<string> All(string parentId) =>
        _byParent.TryGetValue(parentId, out var children) ? children.Page(null, int.MaxValue) : [];

    private sealed class Children
    {
        private readonly Lock _gate = new();
        private readonly List<string> _ids = [];
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

        public void Add(string id)
        {
            lock (_gate)
            {
                if (_positions.TryAdd(id, _ids.Count))
                {
                    _ids.Add(id);
                }
            }
        }

        public IReadOnlyList<string> Page(string? afterId, int take)
        {
            lock (_gate)
            {
                var start = 0;
                if (afterId is not null)
                {
                    if (!_positions.TryGetValue(afterId, out var position))
                    {
                        return [];
                    }

                    start = position + 1;
                }

                var count = Math.Min(take, _ids.Count - start);
                return count <= 0 ? [] : _ids.GetRange(start, count);
            }
        }
    }
}
