using System.Runtime.CompilerServices;

namespace IncidentCore.Domain;

/// <summary>
/// Maps the members of an enumeration to their wire names (lower snake_case) and back, without reflection.
/// </summary>
/// <typeparam name="TEnum">The enumeration type.</typeparam>
public sealed class WireNameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly TEnum[] _values;
    private readonly Dictionary<string, TEnum> _byName;

    // Names by the value's number, when every value is a small non-negative number (every enumeration here):
    // a lookup is one index, whatever the table's length.
    private readonly string?[]? _byNumber;

    /// <summary>Creates a table from pairs of value and wire name, listed in the order they should be shown.</summary>
    /// <param name="pairs">Each enumeration value with its wire name.</param>
    public WireNameTable(params (TEnum Value, string WireName)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _values = new TEnum[pairs.Length];
        _names = new string[pairs.Length];
        _byName = new Dictionary<string, TEnum>(pairs.Length, StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i++)
        {
            _values[i] = pairs[i].Value;
            _names[i] = pairs[i].WireName;
            _byName.Add(pairs[i].WireName, pairs[i].Value);
        }

        AllowedValues = string.Join(", ", _names);
        _byNumber = DenseIndex(_values, _names);
    }

    /// <summary>Every wire name, in declaration order.</summary>
    public IReadOnlyList<string> WireNames => _names;

    /// <summary>Every value, in declaration order.</summary>
    public IReadOnlyList<TEnum> Values => _values;

    /// <summary>The wire names joined with commas, for error messages and schema descriptions.</summary>
    public string AllowedValues { get; }

    /// <summary>Returns the wire name of <paramref name="value"/>.</summary>
    /// <param name="value">A defined value of the enumeration.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the table's values.</exception>
    public string ToWireName(TEnum value)
    {
        if (_byNumber is { } byNumber)
        {
            var number = NumberOf(value);
            if ((ulong)number < (ulong)byNumber.Length && byNumber[number] is { } name)
            {
                return name;
            }

            throw Undefined(value);
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_values[i], value))
            {
                return _names[i];
            }
        }

        throw Undefined(value);
    }

    /// <summary>Parses an exact wire name (case-sensitive, no surrounding spaces).</summary>
    /// <param name="wireName">The text to parse.</param>
    /// <param name="value">The parsed value when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is one of the wire names.</returns>
    public bool TryParse(string? wireName, out TEnum value)
    {
        if (wireName is not null && _byName.TryGetValue(wireName, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Tells whether <paramref name="value"/> is one of the table's values.</summary>
    /// <param name="value">The value to check.</param>
    /// <returns><see langword="true"/> when the value has a wire name.</returns>
    public bool IsDefined(TEnum value)
    {
        if (_byNumber is { } byNumber)
        {
            var number = NumberOf(value);
            return (ulong)number < (ulong)byNumber.Length && byNumber[number] is not null;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(_values[i], value))
            {
                return true;
            }
        }

        return false;
    }

    private static ArgumentOutOfRangeException Undefined(TEnum value) =>
        new(nameof(value), value, $"{typeof(TEnum).Name} has no wire name for this value.");

    private static string?[]? DenseIndex(TEnum[] values, string[] names)
    {
        const int MaxDense = 1024;
        var length = 0L;
        foreach (var value in values)
        {
            var number = NumberOf(value);
            if (number is < 0 or >= MaxDense)
            {
                return null;
            }

            length = Math.Max(length, number + 1);
        }

        var byNumber = new string?[length];
        for (var i = 0; i < values.Length; i++)
        {
            // The first name listed for a value wins, as the scan it replaces did.
            byNumber[NumberOf(values[i])] ??= names[i];
        }

        return byNumber;
    }

    /// <summary>The value's number, read at the enumeration's own size (no boxing).</summary>
    private static long NumberOf(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };
}
