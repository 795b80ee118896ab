using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// A write or actor guard waiting for the commit. An update or guard must change exactly one row (the one still at
/// the version it was read at); otherwise the record changed meanwhile and the whole commit is a conflict.
/// </summary>
/// <param name="Command">The insert, update or guard, with its parameters bound.</param>
/// <param name="MustChangeOneRow">Whether zero changed rows means a lost race.</param>
internal sealed record StagedCommand(SqliteCommand Command, bool MustChangeOneRow);
