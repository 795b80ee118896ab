namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>Records whose stored values, different under the old keys, have the same key under the current ones.</summary>
/// <param name="Table">The table, for example <c>vendors</c>.</param>
/// <param name="KeyColumn">The key column, for example <c>vendor_name_key</c>.</param>
/// <param name="RecordIds">The ids of the records that share the key, in order.</param>
public sealed record UniqueKeyCollision(string Table, string KeyColumn, IReadOnlyList<string> RecordIds)
{
    /// <inheritdoc />
    public override string ToString() => $"{Table}.{KeyColumn}: {string.Join(", ", RecordIds)}";
}
