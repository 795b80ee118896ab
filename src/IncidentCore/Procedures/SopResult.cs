using System.Diagnostics.CodeAnalysis;

namespace IncidentCore.Procedures;

/// <summary>The result of a procedure: success with a value, or a halt. Expected halts are results, never exceptions.</summary>
/// <typeparam name="T">The success value: the new record's id, or the updated record.</typeparam>
public readonly struct SopResult<T>
{
    private SopResult(T? value, Halt? halt)
    {
        Value = value;
        Halt = halt;
    }

    /// <summary>Whether the procedure succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Halt))]
    public bool Succeeded => Halt is null;

    /// <summary>The value on success.</summary>
    public T? Value { get; }

    /// <summary>The halt when the procedure stopped.</summary>
    public Halt? Halt { get; }

    /// <summary>A success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods on the result type read best at call sites.")]
    public static SopResult<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A halt.</summary>
    /// <param name="halt">Why it stopped.</param>
    /// <returns>The result.</returns>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods on the result type read best at call sites.")]
    public static SopResult<T> Halted(Halt halt)
    {
        ArgumentNullException.ThrowIfNull(halt);
        return new(default, halt);
    }

    /// <summary>Converts a halt into a result.</summary>
    /// <param name="halt">The halt.</param>
    public static implicit operator SopResult<T>(Halt halt) => Halted(halt);

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"succeeded: {Value}" : Halt.ToString();
}
