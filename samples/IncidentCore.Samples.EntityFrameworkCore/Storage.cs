using IncidentCore.Samples.EntityFrameworkCore.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>The host's storage: its context on the chosen provider, IncidentCore on that context, and the migrations applied at start.</summary>
internal static class Storage
{
    public const string DefaultSqlite = "Data Source=incidents-efcore.db";

    public static void Add(IServiceCollection services, CommandLine options)
    {
        services.AddSingleton(TimeProvider.System);
        if (options.Provider == "postgresql")
        {
            services.AddDbContext<PostgreSqlAppDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgreSqlAppDbContext>());
            services.AddIncidentCore()
                .AddEntityFrameworkStores<PostgreSqlAppDbContext>()
                .UsePostgreSqlErrorClassifier()
                .AddCommitParticipant<OutboxParticipant<PostgreSqlAppDbContext>>();
        }
        else
        {
            services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(options.ConnectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
            services.AddIncidentCore()
                .AddEntityFrameworkStores<SqliteAppDbContext>()
                .UseSqliteErrorClassifier()
                .AddCommitParticipant<OutboxParticipant<SqliteAppDbContext>>();
        }
    }

    /// <summary>Applies the provider's migrations (the host's tables and IncidentCore's); safe when several processes start together.</summary>
    public static async Task MigrateAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
    }
}
