using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The store's settings for one context type, as the builder left them (a singleton in the service collection).</summary>
/// <typeparam name="TContext">The host's context.</typeparam>
internal sealed class EntityFrameworkStoreSettings<TContext>
    where TContext : DbContext
{
    public IDatabaseErrorClassifier Classifier { get; set; } = NoDatabaseErrorClassifier.Instance;
}
