using System.Collections.Concurrent;
using System.Numerics;
using IncidentCore.Domain;

namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// The in-memory audit trail: an append-only log that concurrent commits append to without a lock, read by key.
/// Each commit reserves a run of positions with one atomic add, writes its entries there, and then publishes them;
/// readers see only the unbroken prefix of written positions, so an entry becomes visible once it is fully written
/// and never before an entry reserved ahead of it. Positions live in buckets that double in size (allocated on first
/// use), so a position is found in constant time and nothing is ever copied; an index maps each audit id to its position.
/// The ids the store itself issues are the numbers 1, 2, 3, ...: their positions are kept in buckets of the same
/// shape, indexed by the number (4 bytes an entry, nothing allocated per entry); any other id goes to a dictionary, and
/// so does a number far ahead of the log's length (a seeded id such as 2000000000 must not reserve a bucket that size).
/// </summary>
internal sealed class InMemoryAuditLog
{
    private const int FirstBucketBits = 6;
    private const int FirstBucketSize = 1 << FirstBucketBits;
    private const int BucketCount = 25;

    /// <summary>The most entries the log holds: the sum of every bucket's size.</summary>
    private const long Capacity = ((long)FirstBucketSize << BucketCount) - FirstBucketSize;

    private readonly AuditEntry?[]?[] _buckets = new AuditEntry?[BucketCount][];
    private readonly ConcurrentDictionary<string, long> _positions = new(StringComparer.Ordinal);

    // How far ahead of twice the log's length a numbered id may be and still be kept by number.
    private const long NumberedSlack = 1 << 16;

    // Position + 1 of the entry whose id is the number n (1 to Capacity, written without leading zeros) at n - 1; 0 for none.
    // Positions + 1 fit an int: the log holds fewer than int.MaxValue entries (Capacity).
    private readonly int[]?[] _numberedPositions = new int[BucketCount][];
    private long _reserved;
    private long _visible;

    /// <summary>How many entries readers can see.</summary>
    public long Count => Volatile.Read(ref _visible);

    /// <summary>Appends one commit's entries, in order, after every entry appended before.</summary>
    /// <param name="first">The first entry.</param>
    /// <param name="more">Further entries of the same commit, or <see langword="null"/>.</param>
    public void Append(AuditEntry first, List<AuditEntry>? more)
    {
        var count = 1 + (more?.Count ?? 0);
        var end = Interlocked.Add(ref _reserved, count);
        if (end > Capacity)
        {
            throw new InvalidOperationException("The in-memory audit trail is full.");
        }

        var position = end - count;
        Write(position, first);
        if (more is not null)
        {
            foreach (var entry in more)
            {
                Write(++position, entry);
            }
        }

        Publish();
    }

    /// <summary>
    /// Returns up to <paramref name="take"/> visible entries after the one with <paramref name="afterAuditId"/>
    /// (from the first when it is <see langword="null"/>); empty when that id is not in the log.
    /// </summary>
    public IReadOnlyList<AuditEntry> List(string? afterAuditId, int take)
    {
        var visible = Volatile.Read(ref _visible);
        if (take <= 0)
        {
            return [];
        }

        long start = 0;
        if (afterAuditId is not null)
        {
            if (!TryFindPosition(afterAuditId, out var after) || after >= visible)
            {
                return [];
            }

            start = after + 1;
        }

        var end = Math.Min(visible, start + take);
        if (end <= start)
        {
            return [];
        }

        var page = new AuditEntry[end - start];
        for (var position = start; position < end; position++)
        {
            page[position - start] = Read(position);
        }

        return page;
    }

    private static (int Bucket, int Offset) Locate(long position)
    {
        var shifted = (ulong)position + FirstBucketSize;
        var bucket = BitOperations.Log2(shifted) - FirstBucketBits;
        var offset = (int)(shifted - (1UL << (bucket + FirstBucketBits)));
        return (bucket, offset);
    }

    private void Write(long position, AuditEntry entry)
    {
        var (bucket, offset) = Locate(position);
        var slots = Volatile.Read(ref _buckets[bucket]);
        if (slots is null)
        {
            var allocated = new AuditEntry?[FirstBucketSize << bucket];
            slots = Interlocked.CompareExchange(ref _buckets[bucket], allocated, null) ?? allocated;
        }

        // A full fence: the publishing loop below (of this or any other commit) must see the slot once it is written.
        Interlocked.Exchange(ref slots[offset], entry);
        if (TryNumber(entry.AuditId, out var number) && number <= (2 * position) + NumberedSlack && !_positions.ContainsKey(entry.AuditId))
        {
            // The first entry with an id keeps it, as with the dictionary.
            var (idBucket, idOffset) = Locate(number - 1);
            var positions = Volatile.Read(ref _numberedPositions[idBucket]);
            if (positions is null)
            {
                var allocated = new int[FirstBucketSize << idBucket];
                positions = Interlocked.CompareExchange(ref _numberedPositions[idBucket], allocated, null) ?? allocated;
            }

            Interlocked.CompareExchange(ref positions[idOffset], (int)(position + 1), 0);
        }
        else
        {
            _positions.TryAdd(entry.AuditId, position);
        }
    }

    private bool TryFindPosition(string auditId, out long position)
    {
        if (TryNumber(auditId, out var number))
        {
            var (bucket, offset) = Locate(number - 1);
            var positions = Volatile.Read(ref _numberedPositions[bucket]);
            position = (positions is null ? 0 : Volatile.Read(ref positions[offset])) - 1;
            if (position >= 0)
            {
                return true;
            }
        }

        // Other ids, and numbers kept in the dictionary because they were far ahead when written.
        return _positions.TryGetValue(auditId, out position);
    }

    /// <summary>Whether an id is a number from 1 to <see cref="Capacity"/> written in its one plain form (digits, no leading zero).</summary>
    private static bool TryNumber(string auditId, out long number)
    {
        number = 0;
        if (auditId.Length is 0 or > 12 || auditId[0] == '0')
        {
            return false;
        }

        foreach (var c in auditId)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return number <= Capacity;
    }

    /// <summary>Moves the visible end over every position written without a gap. Whichever commit fills a gap carries it on.</summary>
    private void Publish()
    {
        while (true)
        {
            var visible = Volatile.Read(ref _visible);
            if (visible >= Volatile.Read(ref _reserved) || Peek(visible) is null)
            {
                return;
            }

            Interlocked.CompareExchange(ref _visible, visible + 1, visible);
        }
    }

    private AuditEntry? Peek(long position)
    {
        var (bucket, offset) = Locate(position);
        var slots = Volatile.Read(ref _buckets[bucket]);
        return slots is null ? null : Volatile.Read(ref slots[offset]);
    }

    private AuditEntry Read(long position)
    {
        // Visible positions are written; the spin only covers a reader whose view of the slot lags the publisher's.
        var spinner = default(SpinWait);
        while (true)
        {
            if (Peek(position) is { } entry)
            {
                return entry;
            }

            spinner.SpinOnce();
        }
    }
}
