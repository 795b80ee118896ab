namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>A key column of one record that gets a new value.</summary>
internal sealed record KeyChange(string Table, string IdColumn, string KeyColumn, string RecordId, string NewKey);
