using IncidentCore.Policy;

namespace IncidentCore.Procedures;

/// <summary>A clear stop: the code, a message for people, and the fields at fault. Nothing was changed, unless <see cref="CommitOutcomeUnknown"/> says the outcome is unknown.</summary>
public sealed class Halt
{
    /// <summary>Creates a halt.</summary>
    /// <param name="code">Why the procedure stopped.</param>
    /// <param name="message">A sentence a person can act on; it never contains personal data.</param>
    /// <param name="errors">The fields at fault, if any.</param>
    /// <param name="denialReason">For <see cref="HaltCode.Unauthorized"/>: the reason from the policy engine.</param>
    public Halt(HaltCode code, string message, IReadOnlyList<FieldError>? errors = null, DenialReason denialReason = DenialReason.None)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Code = code;
        Message = message;
        Errors = errors ?? [];
        DenialReason = denialReason;
    }

    /// <summary>Why the procedure stopped.</summary>
    public HaltCode Code { get; }

    /// <summary>The stable wire name of <see cref="Code"/> (for example <c>duplicate</c>).</summary>
    public string CodeName => Code.ToWireName();

    /// <summary>A sentence a person can act on.</summary>
    public string Message { get; }

    /// <summary>The fields at fault, every one found in one pass.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>For an unauthorized halt: why the policy denied it.</summary>
    public DenialReason DenialReason { get; }

    /// <summary>
    /// For a storage failure: <see langword="true"/> when the store failed while committing, so the change may or may
    /// not have been saved (read the record before trying again); <see langword="false"/> when it is known that
    /// nothing was changed.
    /// </summary>
    public bool CommitOutcomeUnknown { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{CodeName}: {Message}";
}
