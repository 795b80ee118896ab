namespace IncidentCore.Ports;

/// <summary>The outcome of <see cref="IUnitOfWork.CommitAsync"/>.</summary>
public readonly record struct CommitResult
{
    private CommitResult(CommitStatus status, string? duplicateField)
    {
        Status = status;
        DuplicateField = duplicateField;
    }

    /// <summary>A successful commit.</summary>
    public static CommitResult Committed { get; } = new(CommitStatus.Committed, null);

    /// <summary>A lost race on a record (or a guarded actor) that changed after it was read.</summary>
    public static CommitResult Conflict { get; } = new(CommitStatus.Conflict, null);

    /// <summary>How the commit ended.</summary>
    public CommitStatus Status { get; }

    /// <summary>For <see cref="CommitStatus.Duplicate"/>: the wire name of the record field whose key was taken (for example <c>contact_email</c>).</summary>
    public string? DuplicateField { get; }

    /// <summary>Whether everything was written.</summary>
    public bool IsCommitted => Status == CommitStatus.Committed;

    /// <summary>A commit refused because a unique key was taken.</summary>
    /// <param name="field">The wire name of the record field whose key was taken.</param>
    /// <returns>The result.</returns>
    public static CommitResult Duplicate(string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        return new(CommitStatus.Duplicate, field);
    }
}
