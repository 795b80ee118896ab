using System.Diagnostics.CodeAnalysis;
using IncidentCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>Configures the Entity Framework Core store of one context type: the provider's error classifier and the host's commit participants.</summary>
/// <typeparam name="TContext">The host's context.</typeparam>
public sealed class EntityFrameworkStoreBuilder<TContext>
    where TContext : DbContext
{
    private readonly EntityFrameworkStoreSettings<TContext> _settings;

    internal EntityFrameworkStoreBuilder(IncidentCoreBuilder incidentCore, EntityFrameworkStoreSettings<TContext> settings)
    {
        IncidentCore = incidentCore;
        _settings = settings;
    }

    /// <summary>The IncidentCore builder, to go on configuring IncidentCore.</summary>
    public IncidentCoreBuilder IncidentCore { get; }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services => IncidentCore.Services;

    /// <summary>
    /// Recognises unique violations and lost races of the context's provider, so that a duplicate refused by a unique
    /// index comes back as <c>duplicate</c> naming the field. Replaces any classifier set before.
    /// </summary>
    /// <param name="classifier">The provider's classifier.</param>
    /// <returns>This builder.</returns>
    public EntityFrameworkStoreBuilder<TContext> UseErrorClassifier(IDatabaseErrorClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _settings.Classifier = classifier;
        return this;
    }

    /// <summary>
    /// Adds a participant whose rows commit in the same transaction as every record a procedure writes (see
    /// <see cref="IIncidentCoreCommitParticipant{TContext}"/>). It is resolved, scoped, from each unit of work's own scope.
    /// </summary>
    /// <typeparam name="TParticipant">The host's participant.</typeparam>
    /// <returns>This builder.</returns>
    public EntityFrameworkStoreBuilder<TContext> AddCommitParticipant<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TParticipant>()
        where TParticipant : class, IIncidentCoreCommitParticipant<TContext>
    {
        Services.AddScoped<IIncidentCoreCommitParticipant<TContext>, TParticipant>();
        return this;
    }
}
