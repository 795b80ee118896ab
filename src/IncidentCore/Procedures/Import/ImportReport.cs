using IncidentCore.Domain;

namespace IncidentCore.Procedures.Import;

/// <summary>
/// How an import ended: every record stored with its audit entry, or nothing stored and every problem listed.
/// </summary>
public sealed class ImportReport
{
    internal ImportReport(int imported, int alreadyPresent, IReadOnlyList<ImportProblem> problems)
    {
        Imported = imported;
        AlreadyPresent = alreadyPresent;
        Problems = problems;
    }

    /// <summary>Whether the batch was stored (or held nothing new).</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>How many records were stored.</summary>
    public int Imported { get; }

    /// <summary>How many records were left alone because the store already holds a record with their id.</summary>
    public int AlreadyPresent { get; }

    /// <summary>Every problem found; empty on success. When not empty, nothing was stored.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <inheritdoc />
    public override string ToString() => Succeeded
        ? $"imported {Imported}, already present {AlreadyPresent}"
        : $"nothing imported; {Problems.Count} problems: {string.Join("; ", Problems.Select(p => $"{p.EntityType.ToWireName()} {p.RecordId} {p.Field}: {p.Code}"))}";
}
