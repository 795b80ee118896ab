namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Compares texts by their keys under the text key rule (<see cref="TextKey.From"/>) without making the keys when
/// it need not: two texts are equal when their keys are. A value that is plain ASCII already in key shape (the usual
/// case) is compared and hashed without case and without allocating; any other value is compared through its key.
/// Since the key of a key is the key itself, a key and any value that has it compare equal.
/// </summary>
internal sealed class TextKeyComparer : IEqualityComparer<string>
{
    public static TextKeyComparer Instance { get; } = new();

    private TextKeyComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        // For ASCII, ignoring case is exactly comparing the invariant upper case, which is the key of such a value.
        return TextKey.IsAsciiInKeyShape(x) && TextKey.IsAsciiInKeyShape(y)
            ? string.Equals(x, y, StringComparison.OrdinalIgnoreCase)
            : string.Equals(TextKey.From(x), TextKey.From(y), StringComparison.Ordinal);
    }

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);

        // Hashed without case, so that an ASCII value and its (upper-case) key hash alike.
        return StringComparer.OrdinalIgnoreCase.GetHashCode(TextKey.IsAsciiInKeyShape(obj) ? obj : TextKey.From(obj));
    }
}
