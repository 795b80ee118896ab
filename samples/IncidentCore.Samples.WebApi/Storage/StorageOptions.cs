namespace IncidentCore.Samples.WebApi.Storage;

/// <summary>
/// Where the web API keeps its records (configuration section <c>Storage</c>): in memory (the default, gone when the
/// process ends) or in a SQLite database through the SQLite sample's store.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section the options are read from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The <see cref="Provider"/> value for the in-memory store.</summary>
    public const string Memory = "memory";

    /// <summary>The <see cref="Provider"/> value for the SQLite store.</summary>
    public const string Sqlite = "sqlite";

    /// <summary><c>memory</c> (the default) or <c>sqlite</c>, in any case.</summary>
    public string Provider { get; set; } = Memory;

    /// <summary>
    /// For <c>sqlite</c>: a Microsoft.Data.Sqlite connection string, for example <c>Data Source=incidents.db</c>. The
    /// schema is created on first use.
    /// </summary>
    public string? ConnectionString { get; set; }
}
