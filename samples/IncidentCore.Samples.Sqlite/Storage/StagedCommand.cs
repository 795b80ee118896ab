namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// A write or actor guard waiting for the commit: its statement and the values to bind. At commit the values are
/// bound to the session's prepared command for that statement. An update must change exactly one row, and a guard
/// must find exactly one (the one still at the version it was read at); otherwise the record changed meanwhile and the
/// whole commit is a conflict.
/// </summary>
/// <param name="sql">The insert, update or guard.</param>
internal sealed class StagedCommand(string sql)
{
    /// <summary>The insert, update or guard.</summary>
    public string Sql { get; } = sql;

    /// <summary>The values to bind, by parameter name.</summary>
    public StagedParameters Parameters { get; } = new();

    /// <summary>Whether zero changed rows means a lost race.</summary>
    public bool MustChangeOneRow { get; set; }

    /// <summary>Whether the statement only counts rows (a guard): it must count exactly one.</summary>
    public bool IsCount { get; set; }
}
