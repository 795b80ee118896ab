namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Where IncidentCore's tables go in the host's database. The defaults put them beside the host's own tables, each
/// name starting with <c>incidentcore_</c> so that none can clash with a table of the host's (a <c>users</c> table,
/// for example).
/// </summary>
public sealed class IncidentCoreModelOptions
{
    /// <summary>
    /// The schema of IncidentCore's tables, or <see langword="null"/> (the default) for the context's default schema.
    /// Providers without schemas (SQLite) ignore it.
    /// </summary>
    public string? Schema { get; set; }

    /// <summary>
    /// What every IncidentCore table, key and index name starts with; <c>incidentcore_</c> by default. May be empty
    /// when the tables have a schema of their own.
    /// </summary>
    public string TablePrefix { get; set; } = "incidentcore_";

    internal string Table(string name) => TablePrefix + name;

    internal void Validate()
    {
        if (TablePrefix is null)
        {
            throw new InvalidOperationException($"{nameof(IncidentCoreModelOptions)}.{nameof(TablePrefix)} must not be null (use an empty string for none).");
        }

        if (Schema is { Length: 0 })
        {
            throw new InvalidOperationException($"{nameof(IncidentCoreModelOptions)}.{nameof(Schema)} must be null or a schema name, not empty.");
        }
    }
}
