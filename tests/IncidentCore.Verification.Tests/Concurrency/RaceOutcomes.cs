using System.Collections.Concurrent;
using IncidentCore.Procedures;

namespace IncidentCore.Verification.Tests.Concurrency;

/// <summary>What racing tasks saw: successes per key, halts by code, and any exception that escaped a procedure.</summary>
internal sealed class RaceOutcomes
{
    public ConcurrentDictionary<string, int> SuccessesByKey { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> AttemptsByKey { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> HaltsByCode { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Problems { get; } = new();

    public int Successes => SuccessesByKey.Values.Sum();

    public void Record(string key, Halt? halt)
    {
        AttemptsByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (halt is null)
        {
            SuccessesByKey.AddOrUpdate(key, 1, (_, n) => n + 1);
            return;
        }

        HaltsByCode.AddOrUpdate(halt.CodeName, 1, (_, n) => n + 1);
        if (halt.Code is HaltCode.Duplicate && halt.Errors.Count == 0)
        {
            Problems.Enqueue($"{key}: a duplicate halt that names no field");
        }
    }

    public override string ToString() =>
        $"{Successes} successes over {SuccessesByKey.Count} keys, halts [{string.Join(", ", HaltsByCode.Select(p => $"{p.Key}: {p.Value}"))}]";
}
