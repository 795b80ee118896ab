namespace IncidentCore.Ports;

/// <summary>
/// Thrown by a store's <see cref="IUnitOfWork.CommitAsync"/> when the commit was sent but whether it took effect is
/// unknown (for example, the connection dropped while the database was committing). The procedures report it as a
/// storage failure whose outcome is unknown: the change and its audit entry may both exist.
/// </summary>
public sealed class CommitOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public CommitOutcomeUnknownException()
        : base("The commit was sent, but whether it took effect is unknown.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What happened.</param>
    public CommitOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that made the outcome unknown.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The failure the store saw while committing.</param>
    public CommitOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
