namespace IncidentCore.Samples.WebApi.Storage;

/// <summary>Registers IncidentCore on the store the <c>Storage</c> configuration section names.</summary>
internal static class SampleStorage
{
    /// <summary>
    /// Adds IncidentCore with the in-memory store seeded with the sample's administrator, or with the SQLite store and
    /// a start-up step that adds the administrator when the database lacks it. An unknown provider, or SQLite without
    /// a connection string, stops the host from starting.
    /// </summary>
    public static IServiceCollection AddSampleStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var core = services.AddIncidentCore();
        if (string.Equals(options.Provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            core.AddInMemoryStores(seed => seed.Users.Add(SampleAdministrator.Record));
            return services;
        }

        if (!string.Equals(options.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{StorageOptions.SectionName}:Provider is '{options.Provider}'; it must be '{StorageOptions.Memory}' or '{StorageOptions.Sqlite}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                $"{StorageOptions.SectionName}:Provider is '{StorageOptions.Sqlite}' but {StorageOptions.SectionName}:ConnectionString is not set (for example 'Data Source=incidents.db').");
        }

        core.UseSqliteStore(options.ConnectionString);
        services.AddHostedService<AdministratorSeed>();
        return services;
    }
}
