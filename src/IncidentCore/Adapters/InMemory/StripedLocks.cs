namespace IncidentCore.Adapters.InMemory;

/// <summary>
/// A fixed set of locks chosen by hash, so commits touching different keys rarely wait for each other while commits
/// touching the same key are serialised. Locks are always taken in ascending order, so no two commits deadlock.
/// </summary>
internal sealed class StripedLocks
{
    public const int Count = 256;
    private readonly object[] _locks = new object[Count];

    public StripedLocks()
    {
        for (var i = 0; i < Count; i++)
        {
            _locks[i] = new object();
        }
    }

    public static int StripeOf(int tag, string key) => StripeOf(tag, StringComparer.Ordinal.GetHashCode(key));

    /// <summary>The stripe of a key already hashed (by the comparer its index uses, so keys equal under it share a stripe).</summary>
    public static int StripeOf(int tag, int keyHash) => (int)((uint)HashCode.Combine(tag, keyHash) % Count);

    /// <summary>Sorts and de-duplicates the stripes in place, then enters them; returns how many were entered.</summary>
    public int EnterAll(Span<int> stripes)
    {
        stripes.Sort();
        var unique = 0;
        for (var i = 0; i < stripes.Length; i++)
        {
            if (unique == 0 || stripes[unique - 1] != stripes[i])
            {
                stripes[unique++] = stripes[i];
            }
        }

        for (var i = 0; i < unique; i++)
        {
            Monitor.Enter(_locks[stripes[i]]);
        }

        return unique;
    }

    public void ExitAll(ReadOnlySpan<int> entered)
    {
        for (var i = entered.Length - 1; i >= 0; i--)
        {
            Monitor.Exit(_locks[entered[i]]);
        }
    }
}
