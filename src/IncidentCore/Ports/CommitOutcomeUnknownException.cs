namespace IncidentCore.Ports;

/// <summary>
/// Thrown by a store's <see cref="IUnitOfWork.CommitAsync"/> when the commit was sent but whether it took effect is
/// unknown (the connection dropped while committing). The procedures report it as a storage failure whose outcome is
/// unknown, never as "nothing was changed".
/// </summary>
public sealed class CommitOutcomeUnknownException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CommitOutcomeUnknownException()
        : base("The commit was sent but its outcome is unknown.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CommitOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that hid the outcome.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The failure.</param>
    public CommitOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
