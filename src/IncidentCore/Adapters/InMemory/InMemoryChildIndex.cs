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
        // Up to this many children are found by a scan; the map of positions is made only past it, so that a parent's
        // first children (most parents have few) do not pay for one.
        private const int ScannedChildren = 8;

        private readonly Lock _gate = new();
        private readonly List<string> _ids = [];
        private Dictionary<string, int>? _positions;

        public void Add(string id)
        {
            lock (_gate)
            {
                if (PositionOf(id) >= 0)
                {
                    return;
                }

                _positions?.Add(id, _ids.Count);
                _ids.Add(id);
                if (_positions is null && _ids.Count > ScannedChildren)
                {
                    _positions = new Dictionary<string, int>(_ids.Count * 2, StringComparer.Ordinal);
                    for (var i = 0; i < _ids.Count; i++)
                    {
                        _positions.Add(_ids[i], i);
                    }
                }
            }
        }

        /// <summary>The position of a child id, or -1 (callers hold the gate).</summary>
        private int PositionOf(string id)
        {
            if (_positions is not null)
            {
                return _positions.TryGetValue(id, out var position) ? position : -1;
            }

            for (var i = 0; i < _ids.Count; i++)
            {
                if (string.Equals(_ids[i], id, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        public IReadOnlyList<string> Page(string? afterId, int take)
        {
            lock (_gate)
            {
                var start = 0;
                if (afterId is not null)
                {
                    var position = PositionOf(afterId);
                    if (position < 0)
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
