namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>Compares the keys stored in a table with the keys of its stored values: what must change, and what would collide.</summary>
internal static class KeyPlan
{
    /// <summary>The columns read for a table: the id, then each key column, its value column and its scope column if any.</summary>
    public static IEnumerable<string> Columns(UniqueKeyColumns.Table table) =>
        [table.IdColumn, .. table.Keys.SelectMany(k => k.ScopeColumn is null ? new[] { k.Column, k.ValueColumn } : [k.Column, k.ValueColumn, k.ScopeColumn])];

    /// <summary>Adds the keys that change and the groups of records that would share a key.</summary>
    /// <param name="table">The table.</param>
    /// <param name="rows">Its rows, as read in the order of <see cref="Columns"/> (a scope column may be null).</param>
    /// <param name="changes">Receives the keys that change.</param>
    /// <param name="collisions">Receives the groups of records that would share a key.</param>
    public static void Compare(UniqueKeyColumns.Table table, IReadOnlyList<string?[]> rows, List<KeyChange> changes, List<UniqueKeyCollision> collisions)
    {
        var offset = 1;
        foreach (var key in table.Keys)
        {
            var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var id = row[0]!;
                var newKey = key.Compute(key.ScopeColumn is null ? null : row[offset + 2], row[offset + 1]!);
                if (!owners.TryGetValue(newKey, out var ids))
                {
                    owners[newKey] = ids = [];
                }

                ids.Add(id);
                if (!string.Equals(row[offset], newKey, StringComparison.Ordinal))
                {
                    changes.Add(new KeyChange(table.Name, table.IdColumn, key.Column, id, newKey));
                }
            }

            collisions.AddRange(owners.Values.Where(ids => ids.Count > 1).Select(ids => new UniqueKeyCollision(table.Name, key.Column, ids)));
            offset += key.ScopeColumn is null ? 2 : 3;
        }
    }
}
