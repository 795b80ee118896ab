using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// A unit of work on the in-memory store. It is its own repositories (one allocation per procedure call): reads go
/// straight to the committed tables, writes and audit entries are staged and applied together at commit.
/// </summary>
internal sealed partial class InMemoryUnitOfWork(InMemoryStore store)
    : IIncidentUnitOfWork, IClientRepository, IUserRepository, IVendorRepository, IAuditTrail, IFindsByTextKeyRule
{
    // A procedure stages one write, one audit entry and one actor guard (an incident update one history row too):
    // those are kept in fields, field by field so that the flags pack together, and everything beyond them in one
    // object made only when needed. The first write's table is known from its record's type. The object is 72 bytes.
    private object? _firstRecord;
    private bool _firstIsUpdate;
    private int _writeCount;
    private AuditEntry? _firstEntry;
    private string? _firstGuardUserId;
    private long _firstGuardVersion;
    private bool _done;

    // Null, the one history row staged, or a MoreStaged holding every further write, entry, guard and history row.
    private object? _more;

    public IClientRepository Clients => this;

    public IUserRepository Users => this;

    public IVendorRepository Vendors => this;

    public IAuditTrail AuditTrail => this;

    public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        _done = true;

        var more = _more as MoreStaged;
        var guardCount = _firstGuardUserId is null ? 0 : 1 + (more?.Guards?.Count ?? 0);
        var stripeCount = guardCount;
        var keyCount = 0;
        for (var i = 0; i < _writeCount; i++)
        {
            stripeCount += WriteAt(i).Table.StripeCount;
            keyCount += WriteAt(i).Table.KeyCount;
        }

        // Each record's unique keys are computed once, for its stripes and for its apply.
        var keyBuffer = default(CommitKeys);
        Span<string?> keys = keyCount <= CommitKeys.Capacity ? keyBuffer : new string?[keyCount];

        Span<int> stripes = stripeCount <= 32 ? stackalloc int[stripeCount] : new int[stripeCount];
        var offset = 0;
        for (var i = 0; i < guardCount; i++)
        {
            stripes[offset++] = store.Users.IdStripe(GuardAt(i).UserId);
        }

        var keyOffset = 0;
        for (var i = 0; i < _writeCount; i++)
        {
            var write = WriteAt(i);
            write.Table.CollectStripes(write.Record, stripes[offset..], keys[keyOffset..]);
            offset += write.Table.StripeCount;
            keyOffset += write.Table.KeyCount;
        }

        // The guarded users' stripes are held with the write stripes, so no update of a guarded user can land between
        // the check and the writes. Guards are checked before any write: an actor updating themself passes both.
        var entered = store.Locks.EnterAll(stripes);
        try
        {
            for (var i = 0; i < guardCount; i++)
            {
                var guard = GuardAt(i);
                if (!store.Users.IsAtVersion(guard.UserId, guard.Version))
                {
                    return ValueTask.FromResult(CommitResult.Conflict);
                }
            }

            // Undo actions are needed only to take back earlier writes when a later write of the same commit fails.
            var undo = _writeCount > 1 ? new Action?[_writeCount] : null;
            keyOffset = 0;
            for (var i = 0; i < _writeCount; i++)
            {
                var write = WriteAt(i);
                var result = write.Table.TryApply(write.Record, write.IsUpdate, undo is not null, keys.Slice(keyOffset, write.Table.KeyCount), out var undoThis);
                keyOffset += write.Table.KeyCount;
                if (!result.IsCommitted)
                {
                    for (var j = i - 1; j >= 0; j--)
                    {
                        undo![j]!.Invoke();
                    }

                    return ValueTask.FromResult(result);
                }

                if (undo is not null)
                {
                    undo[i] = undoThis;
                }
            }

            for (var i = 0; i < _writeCount; i++)
            {
                var write = WriteAt(i);
                write.Table.Committed(write.Record, write.IsUpdate);
            }

            CommitHistory();

            if (_firstEntry is not null)
            {
                store.AppendAudit(_firstEntry, more?.Entries);
            }

            return ValueTask.FromResult(CommitResult.Committed);
        }
        finally
        {
            store.Locks.ExitAll(stripes[..entered]);
        }
    }

    public ValueTask DisposeAsync()
    {
        _done = true;
        _firstRecord = null;
        _writeCount = 0;
        _firstEntry = null;
        _firstGuardUserId = null;
        _more = null;
        return ValueTask.CompletedTask;
    }

    public void GuardActor(string userId, long version)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ThrowIfDone();
        if (_firstGuardUserId is null)
        {
            _firstGuardUserId = userId;
            _firstGuardVersion = version;
        }
        else
        {
            (More.Guards ??= []).Add(new ActorGuard(userId, version));
        }
    }

    ValueTask<Client?> IClientRepository.FindByIdAsync(string clientId, CancellationToken cancellationToken) =>
        Read(store.Clients.FindById(clientId), cancellationToken);

    ValueTask<Client?> IClientRepository.FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken) =>
        Read(store.Clients.FindByKey(0, registrationNumberKey), cancellationToken);

    ValueTask<Client?> IClientRepository.FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken) =>
        Read(store.Clients.FindByKey(1, contactEmailKey), cancellationToken);

    ValueTask<IReadOnlyList<Client>> IClientRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        Read(store.Clients.List(skip, take), cancellationToken);

    void IClientRepository.Add(Client client) => Stage(store.Clients, client, isUpdate: false);

    void IClientRepository.Update(Client client) => Stage(store.Clients, client, isUpdate: true);

    ValueTask<User?> IUserRepository.FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Read(store.Users.FindById(userId), cancellationToken);

    ValueTask<User?> IUserRepository.FindByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
        Read(store.Users.FindByKey(0, emailKey), cancellationToken);

    ValueTask<IReadOnlyList<User>> IUserRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        Read(store.Users.List(skip, take), cancellationToken);

    void IUserRepository.Add(User user) => Stage(store.Users, user, isUpdate: false);

    void IUserRepository.Update(User user) => Stage(store.Users, user, isUpdate: true);

    ValueTask<Vendor?> IVendorRepository.FindByIdAsync(string vendorId, CancellationToken cancellationToken) =>
        Read(store.Vendors.FindById(vendorId), cancellationToken);

    ValueTask<Vendor?> IVendorRepository.FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken) =>
        Read(store.Vendors.FindByKey(0, vendorNameKey), cancellationToken);

    ValueTask<Vendor?> IVendorRepository.FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken) =>
        Read(store.Vendors.FindByKey(1, contactEmailKey), cancellationToken);

    ValueTask<Vendor?> IVendorRepository.FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken) =>
        Read(store.Vendors.FindByKey(2, contactPhoneKey), cancellationToken);

    ValueTask<IReadOnlyList<Vendor>> IVendorRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        Read(store.Vendors.List(skip, take), cancellationToken);

    void IVendorRepository.Add(Vendor vendor) => Stage(store.Vendors, Normalized(vendor), isUpdate: false);

    void IVendorRepository.Update(Vendor vendor) => Stage(store.Vendors, Normalized(vendor), isUpdate: true);

    void IAuditTrail.Append(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ThrowIfDone();
        if (_firstEntry is null)
        {
            _firstEntry = entry;
        }
        else
        {
            (More.Entries ??= []).Add(entry);
        }
    }

    ValueTask<IReadOnlyList<AuditEntry>> IAuditTrail.ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken) =>
        Read(store.ListAudit(afterAuditId, take), cancellationToken);

    ValueTask<long> IAuditTrail.CountAsync(CancellationToken cancellationToken) =>
        Read(store.CountAudit(), cancellationToken);

    private static Vendor Normalized(Vendor vendor) =>
        PhoneNumber.TryNormalize(vendor.ContactPhone, out var phone) && phone != vendor.ContactPhone ? vendor with { ContactPhone = phone } : vendor;

    private ValueTask<TResult> Read<TResult>(TResult result, CancellationToken cancellationToken)
    {
        ThrowIfDone();
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(result);
    }

    private void Stage(IInMemoryTable table, object record, bool isUpdate)
    {
        ArgumentNullException.ThrowIfNull(record);
        ThrowIfDone();
        if (_writeCount == 0)
        {
            _firstRecord = record;
            _firstIsUpdate = isUpdate;
        }
        else
        {
            (More.Writes ??= []).Add(new StagedWrite(table, record, isUpdate));
        }

        _writeCount++;
    }

    private StagedWrite WriteAt(int index) =>
        index == 0 ? new StagedWrite(store.TableOf(_firstRecord!), _firstRecord!, _firstIsUpdate) : ((MoreStaged)_more!).Writes![index - 1];

    private ActorGuard GuardAt(int index) => index == 0 ? new ActorGuard(_firstGuardUserId!, _firstGuardVersion) : ((MoreStaged)_more!).Guards![index - 1];

    /// <summary>The holder of everything staged beyond the first of each kind, made on first use (taking over a history row already staged).</summary>
    private MoreStaged More => _more as MoreStaged ?? (MoreStaged)(_more = new MoreStaged { History = _more });

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);

    private readonly record struct StagedWrite(IInMemoryTable Table, object Record, bool IsUpdate);

    /// <summary>Room for the unique keys of a commit's records, on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct CommitKeys
    {
        public const int Capacity = 8;

        private string? _first;
    }

    private readonly record struct ActorGuard(string UserId, long Version);

    /// <summary>Further writes, audit entries and guards of a unit of work, and its history rows once anything else is here.</summary>
    private sealed class MoreStaged
    {
        public List<StagedWrite>? Writes { get; set; }

        public List<AuditEntry>? Entries { get; set; }

        public List<ActorGuard>? Guards { get; set; }

        /// <summary>Null, one history row, or a list of them.</summary>
        public object? History { get; set; }
    }
}
