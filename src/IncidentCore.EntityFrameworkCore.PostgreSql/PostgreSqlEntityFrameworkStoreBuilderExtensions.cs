using IncidentCore.EntityFrameworkCore;
using IncidentCore.EntityFrameworkCore.PostgreSql;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL error classifier with the Entity Framework Core store.</summary>
public static class PostgreSqlEntityFrameworkStoreBuilderExtensions
{
    /// <summary>
    /// Recognises PostgreSQL's unique violations and lost races, so a duplicate refused by a unique index comes back as
    /// <c>duplicate</c> naming the field, and a deadlock between racing commits as <c>conflict</c>.
    /// </summary>
    /// <typeparam name="TContext">The host's context.</typeparam>
    /// <param name="builder">The store's builder.</param>
    /// <returns>The builder.</returns>
    public static EntityFrameworkStoreBuilder<TContext> UsePostgreSqlErrorClassifier<TContext>(this EntityFrameworkStoreBuilder<TContext> builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseErrorClassifier(new PostgreSqlDatabaseErrorClassifier());
    }
}
