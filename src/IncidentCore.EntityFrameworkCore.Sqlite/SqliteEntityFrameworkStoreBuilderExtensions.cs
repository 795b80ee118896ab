using IncidentCore.EntityFrameworkCore;
using IncidentCore.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SQLite error classifier with the Entity Framework Core store.</summary>
public static class SqliteEntityFrameworkStoreBuilderExtensions
{
    /// <summary>Recognises SQLite's unique-constraint failures, so a duplicate refused by a unique index comes back as <c>duplicate</c> naming the field.</summary>
    /// <typeparam name="TContext">The host's context.</typeparam>
    /// <param name="builder">The store's builder.</param>
    /// <returns>The builder.</returns>
    public static EntityFrameworkStoreBuilder<TContext> UseSqliteErrorClassifier<TContext>(this EntityFrameworkStoreBuilder<TContext> builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseErrorClassifier(new SqliteDatabaseErrorClassifier());
    }
}
