using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// Starts units of work on the host's context type. Each one gets a service scope and a context of its own (the
/// registered <typeparamref name="TContext"/>, or one from <see cref="IDbContextFactory{TContext}"/>), never the
/// context of the caller's scope, so nothing the host has tracked is saved by accident and nothing staged by one call
/// is seen by the next. The model is checked for IncidentCore's tables on the first unit of work.
/// </summary>
/// <typeparam name="TContext">The host's context.</typeparam>
internal sealed class EntityFrameworkUnitOfWorkFactory<TContext> : IUnitOfWorkFactory
    where TContext : DbContext
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    private readonly IServiceScopeFactory _scopes;
    private readonly EntityFrameworkStoreSettings<TContext> _settings;
    private readonly ILogger _logger;
    private StoreServices? _services;

    public EntityFrameworkUnitOfWorkFactory(IServiceScopeFactory scopes, EntityFrameworkStoreSettings<TContext> settings, ILoggerFactory? loggerFactory)
    {
        _scopes = scopes;
        _settings = settings;
        _logger = loggerFactory?.CreateLogger("IncidentCore.EntityFrameworkCore") ?? NullLogger.Instance;
    }

    public async ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var scope = _scopes.CreateAsyncScope();
        try
        {
            var provider = scope.ServiceProvider;
            var context = provider.GetService<TContext>() ?? CreateFromFactory(provider, scope);
            var services = _services;
            if (services is null || !ReferenceEquals(services.Model, context.Model))
            {
                // Once per model: a host uses one, but nothing stops two providers in one process (the tests do).
                services = _services = new StoreServices(
                    context.Model, _settings.Classifier, UniqueFieldMap.From(context.Model, typeof(TContext)), new CompiledQueries(), _logger,
                    context.Database.ProviderName == SqliteProviderName);
            }

            // One open connection for the whole unit of work: left to itself, EF Core opens and closes it around every
            // query and the commit, and a provider may set each opened connection up again (SQLite registers its
            // functions on every open). Closed again when the unit of work ends.
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new EntityFrameworkUnitOfWork(scope, context, services, (db, commit, ct) => CallParticipantsAsync(provider, db, commit, ct));
        }
        catch
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static TContext CreateFromFactory(IServiceProvider provider, AsyncServiceScope scope)
    {
        var factory = provider.GetService<IDbContextFactory<TContext>>()
            ?? throw new InvalidOperationException(
                $"No {typeof(TContext).Name} is registered: register it with AddDbContext, AddDbContextPool or AddDbContextFactory before starting IncidentCore.");
        var context = factory.CreateDbContext();
        scope.ServiceProvider.GetRequiredService<ContextOwner>().Own(context);
        return context;
    }

    private static async ValueTask<int> CallParticipantsAsync(IServiceProvider provider, DbContext context, IncidentCoreCommit commit, CancellationToken cancellationToken)
    {
        var called = 0;
        foreach (var participant in provider.GetServices<IIncidentCoreCommitParticipant<TContext>>())
        {
            await participant.OnCommittingAsync((TContext)context, commit, cancellationToken).ConfigureAwait(false);
            called++;
        }

        return called;
    }
}
