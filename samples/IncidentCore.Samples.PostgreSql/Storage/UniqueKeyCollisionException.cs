namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// Rebuilding the unique keys found records that now share a key. The database was left unchanged; the message
/// names each table, key column and the record ids involved (never a stored value).
/// </summary>
public sealed class UniqueKeyCollisionException : Exception
{
    /// <summary>Creates the exception for the collisions found.</summary>
    /// <param name="collisions">Every group of records that share a key.</param>
    public UniqueKeyCollisionException(IReadOnlyList<UniqueKeyCollision> collisions)
        : base(Describe(collisions)) => Collisions = collisions;

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public UniqueKeyCollisionException(string message)
        : base(message) => Collisions = [];

    /// <summary>Creates the exception with a message of its own and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UniqueKeyCollisionException(string message, Exception innerException)
        : base(message, innerException) => Collisions = [];

    /// <summary>Creates the exception with the standard message and no collisions.</summary>
    public UniqueKeyCollisionException()
        : this([])
    {
    }

    /// <summary>Every group of records that share a key.</summary>
    public IReadOnlyList<UniqueKeyCollision> Collisions { get; }

    private static string Describe(IReadOnlyList<UniqueKeyCollision> collisions) =>
        "The unique keys could not be rebuilt: records whose values were different now compare as equal, and the "
        + "database was left unchanged. Change or remove all but one record of each group, then start again. "
        + string.Join("; ", collisions.Select(c => c.ToString()));
}
