using System.Data.Common;
using System.Runtime.ExceptionServices;
using IncidentCore.Domain;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// One unit of work on a context of its own (from a service scope of its own, so nothing tracked leaks between
/// calls): reads run untracked as they come; records (of the registry, the incident domain and the approval domain),
/// incident history rows, actor guards and audit entries are staged in the context and
/// saved by one <c>SaveChanges</c> in one transaction at commit, after the audit order lock and the host's commit
/// participants. A unique index refusing a row becomes <see cref="CommitResult.Duplicate"/>; an update or guard that
/// finds its row at another version, or a lost race the classifier recognises, becomes <see cref="CommitResult.Conflict"/>.
/// Either way the transaction is rolled back. A failure of the COMMIT itself becomes <see cref="CommitOutcomeUnknownException"/>.
/// </summary>
internal sealed partial class EntityFrameworkUnitOfWork : IUnitOfWork
{
    private readonly IAsyncDisposable _scope;
    private readonly StoreServices _services;
    private readonly Func<DbContext, IncidentCoreCommit, CancellationToken, ValueTask<int>> _participants;
    private readonly List<EntityEntry> _records = [];
    private readonly List<AuditEntry> _auditEntries = [];
    private readonly List<(string UserId, long Version)> _guards = [];

    // Guards checked by a read inside the transaction, where the database lets one writer in at a time.
    private List<(string UserId, long Version)>? _readGuards;
    private bool _done;

    public EntityFrameworkUnitOfWork(
        IAsyncDisposable scope, DbContext context, StoreServices services, Func<DbContext, IncidentCoreCommit, CancellationToken, ValueTask<int>> participants)
    {
        _scope = scope;
        Context = context;
        _services = services;
        _participants = participants;
        Clients = new EntityFrameworkClientRepository(this);
        Users = new EntityFrameworkUserRepository(this);
        Vendors = new EntityFrameworkVendorRepository(this);
        AuditTrail = new EntityFrameworkAuditTrail(this);
    }

    public IClientRepository Clients { get; }

    public IUserRepository Users { get; }

    public IVendorRepository Vendors { get; }

    public IAuditTrail AuditTrail { get; }

    internal DbContext Context { get; }

    public void GuardActor(string userId, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ThrowIfDone();
        _guards.Add((userId, version));
    }

    public async ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        _done = true;
        if (_records.Count == 0 && _auditEntries.Count == 0 && _guards.Count == 0 && _historyRows == 0)
        {
            return CommitResult.Committed;
        }

        if (!StageGuards())
        {
            Log.CommitConflict(_services.Logger, "an actor guard contradicts the staged update of the same user");
            return CommitResult.Conflict;
        }

        var strategy = Context.Database.CreateExecutionStrategy();
        var attempt = await strategy.ExecuteAsync(
            this, static (_, work, token) => work.TryCommitOnceAsync(token), verifySucceeded: null, cancellationToken).ConfigureAwait(false);
        return attempt.ResultOrThrow();
    }

    public async ValueTask DisposeAsync()
    {
        _done = true;
        _records.Clear();
        _auditEntries.Clear();
        _guards.Clear();
        _readGuards = null;
        _historyRows = 0;
        try
        {
            await Context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        finally
        {
            await _scope.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs a compiled lookup on this unit of work's context; throws when the unit of work ended or the call is cancelled.</summary>
    internal async ValueTask<T?> FindAsync<T>(Func<CompiledQueries, Func<DbContext, string, CancellationToken, Task<T?>>> query, string key, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        return await query(_services.Queries)(Context, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An untracked query over one of IncidentCore's tables; throws when the unit of work ended or the call is cancelled.</summary>
    internal IQueryable<T> Query<T>(CancellationToken cancellationToken)
        where T : class
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        return Context.Set<T>().AsNoTracking();
    }

    /// <summary>Stages a new record; <paramref name="setKeys"/> fills in its unique key columns.</summary>
    internal void StageAdd<T>(T record, Action<EntityEntry<T>> setKeys)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfDone();
        var entry = Context.Add(record);
        setKeys(entry);
        _records.Add(entry);
    }

    /// <summary>Stages an update: every column is written, where the stored version is still <paramref name="version"/> - 1.</summary>
    internal void StageUpdate<T>(T record, long version, Action<EntityEntry<T>> setKeys)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfDone();
        var entry = Context.Entry(record);
        entry.State = EntityState.Modified;
        entry.Property<long>(nameof(Client.Version)).OriginalValue = version - 1;
        setKeys(entry);
        _records.Add(entry);
    }

    /// <summary>Stages an audit entry; it is inserted after the audit order lock is taken.</summary>
    internal void StageAuditEntry(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ThrowIfDone();
        Context.Add(entry);
        _auditEntries.Add(entry);
    }

    /// <summary>
    /// Turns each actor guard into a check at commit. A guard on a user this unit of work also updates is that
    /// update's own version check; if the two disagree, nothing can commit. Where the database runs one writing
    /// transaction at a time (SQLite), any other guard is a read inside the transaction: no other writer can change
    /// the user until it ends, and the read writes nothing (an update would add the user's page to every commit).
    /// Elsewhere it is a no-op update of the user's version, saved in the same batch as the writes: it must find the
    /// user at the version read, and locks the row until the transaction ends.
    /// </summary>
    private bool StageGuards()
    {
        var guarded = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (userId, version) in _guards)
        {
            if (guarded.TryGetValue(userId, out var other) && other != version)
            {
                return false;
            }

            guarded[userId] = version;
        }

        foreach (var (userId, version) in guarded)
        {
            var staged = _records.Find(e => e.Entity is User user && user.UserId == userId);
            if (staged is not null)
            {
                if (staged.State != EntityState.Modified || (long)staged.Property(nameof(User.Version)).OriginalValue! != version)
                {
                    return false;
                }

                continue;
            }

            if (_services.SerializesWriters)
            {
                (_readGuards ??= []).Add((userId, version));
                continue;
            }

            // Only the version is marked modified, so only it is written (to the value it has): the other values of
            // this stand-in are never read or written.
            var guard = Context.Attach(new User
            {
                UserId = userId,
                Name = string.Empty,
                Email = string.Empty,
                Role = UserRole.SystemAdministrator,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
                Version = version,
            });
            guard.Property(u => u.Version).IsModified = true;
        }

        return true;
    }

    private async Task<CommitAttempt> TryCommitOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return new CommitAttempt(await CommitInTransactionAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception)
        {
            return new CommitAttempt(default, ExceptionDispatchInfo.Capture(exception));
        }
    }

    private async Task<CommitResult> CommitInTransactionAsync(CancellationToken cancellationToken)
    {
        var transaction = await Context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                if (_readGuards is not null && !await GuardsHoldAsync(cancellationToken).ConfigureAwait(false))
                {
                    await RollBackAsync(transaction).ConfigureAwait(false);
                    Log.CommitConflict(_services.Logger, "a guarded actor changed since it was read");
                    return CommitResult.Conflict;
                }

                if (_auditEntries.Count > 0 && !_services.SerializesWriters)
                {
                    await TakeAuditOrderLockAsync(cancellationToken).ConfigureAwait(false);
                }

                if (_records.Count > 0)
                {
                    await AddParticipantRowsAsync(cancellationToken).ConfigureAwait(false);
                }

                await SaveWithoutSavepointAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                await RollBackAsync(transaction).ConfigureAwait(false);
                Log.CommitConflict(_services.Logger, "a record or guarded actor changed since it was read");
                return CommitResult.Conflict;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && FindDbException(exception) is { } database)
            {
                await RollBackAsync(transaction).ConfigureAwait(false);
                var error = _services.Classifier.Classify(database);
                if (_services.Fields.TryGetField(error, out var field))
                {
                    Log.CommitDuplicate(_services.Logger, field);
                    return CommitResult.Duplicate(field);
                }

                if (error.Kind == DatabaseErrorKind.Conflict)
                {
                    Log.CommitConflict(_services.Logger, "the database ended the transaction in a race with another one");
                    return CommitResult.Conflict;
                }

                if (_services.Fields.IsLostRace(error))
                {
                    Log.CommitConflict(_services.Logger, "another update of the incident wrote its history rows first");
                    return CommitResult.Conflict;
                }

                Log.UnrecognisedDatabaseError(_services.Logger, database.GetType().Name, _services.Classifier.GetType().Name);
                throw;
            }

            // Past this point the commit is not interrupted: it either happens whole or, on error, not at all.
            cancellationToken.ThrowIfCancellationRequested();
            await CommitOrReportUnknownAsync(transaction).ConfigureAwait(false);
            return CommitResult.Committed;
        }
    }

    /// <summary>
    /// Saves inside the commit's transaction without the savepoint EF Core otherwise sets around it (two more statements):
    /// a failed save here rolls the whole transaction back, so there is nothing a savepoint would keep. The context is
    /// this unit of work's alone; a pooled one is reset to EF Core's defaults when it goes back to the pool.
    /// </summary>
    private Task<int> SaveWithoutSavepointAsync(CancellationToken cancellationToken)
    {
        Context.Database.AutoSavepointsEnabled = false;
        return Context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether every guarded actor is still stored at the version read (inside the commit's transaction).</summary>
    private async Task<bool> GuardsHoldAsync(CancellationToken cancellationToken)
    {
        foreach (var (userId, version) in _readGuards!)
        {
            if (!await _services.Queries.UserAtVersion(Context, userId, version, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Updates the one audit order row; its lock is held until the transaction ends, so audit entries get their seq in commit order.</summary>
    private async Task TakeAuditOrderLockAsync(CancellationToken cancellationToken)
    {
        var rows = await Context.Set<AuditOrderLock>()
            .Where(o => o.Id == AuditOrderLock.RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Commits, o => o.Commits + 1), cancellationToken)
            .ConfigureAwait(false);
        if (rows != 1)
        {
            throw new InvalidOperationException(
                "The audit order row of IncidentCore's tables is missing: create the tables from the model (a migration, or EnsureCreated), which inserts it.");
        }
    }

    private async Task AddParticipantRowsAsync(CancellationToken cancellationToken)
    {
        var commit = new IncidentCoreCommit(_records.ConvertAll(e => e.Entity), _auditEntries.ToArray());
        var called = await _participants(Context, commit, cancellationToken).ConfigureAwait(false);
        if (called == 0)
        {
            return;
        }

        Log.ParticipantsCalled(_services.Logger, called, _records.Count);
        if (_records.Exists(e => e.State is not (EntityState.Added or EntityState.Modified)))
        {
            throw new InvalidOperationException(
                "A commit participant saved or detached the records being committed; participants only add their own rows, and the unit of work saves them.");
        }
    }

    /// <summary>
    /// Runs the COMMIT. Once it is sent, a failure leaves the outcome unknown (the database may have written the
    /// transaction before the failure reached this process), so it is reported as such, never as "nothing changed".
    /// </summary>
    private async Task CommitOrReportUnknownAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or IOException or InvalidOperationException or TimeoutException or ObjectDisposedException)
        {
            Log.CommitOutcomeUnknown(_services.Logger, exception.GetType().Name);
            throw new CommitOutcomeUnknownException("The database failed while committing; the change may or may not have been written.", exception);
        }
    }

    private async Task RollBackAsync(IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or IOException)
        {
            Log.RollbackFailed(_services.Logger, exception.GetType().Name);
        }
    }

    private static DbException? FindDbException(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException database)
            {
                return database;
            }
        }

        return null;
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
