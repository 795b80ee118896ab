using System.Diagnostics.CodeAnalysis;

namespace IncidentCore.Policy;

/// <summary>The engine's answer: allowed by a permit rule, or denied with a reason (and the forbid rule, if one decided).</summary>
internal readonly struct AuthorizationDecision : IEquatable<AuthorizationDecision>
{
    private AuthorizationDecision(PermitRule? permit, ForbidRule? forbid, DenialReason reason)
    {
        Permit = permit;
        Forbid = forbid;
        DenialReason = reason;
    }

    /// <summary>Whether the request is allowed.</summary>
    [MemberNotNullWhen(true, nameof(Permit))]
    public bool IsAllowed => Permit is not null;

    /// <summary>The permit rule that allowed the request; <see langword="null"/> when denied.</summary>
    public PermitRule? Permit { get; }

    /// <summary>The forbid rule that denied the request, when a forbid decided.</summary>
    public ForbidRule? Forbid { get; }

    /// <summary>Why the request was denied; <see cref="DenialReason.None"/> when allowed.</summary>
    public DenialReason DenialReason { get; }

    /// <summary>The name of what decided: the permit rule's name when allowed, else the denial reason's wire name.</summary>
    public string Reason => Permit?.Name ?? PolicyNames.DenialReason.ToWireName(DenialReason);

    /// <summary>An allowed decision.</summary>
    /// <param name="permit">The rule that allowed it.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision Allow(PermitRule permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return new(permit, null, DenialReason.None);
    }

    /// <summary>A denied decision.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="forbid">The forbid rule that decided, if any.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision Deny(DenialReason reason, ForbidRule? forbid = null) => new(null, forbid, reason);

    /// <summary>
    /// Whether the denial only says that the actor's association with the target is missing, so the decision depends on
    /// the record (an account manager, a client or vendor contact, an escalation's target) rather than on the role.
    /// </summary>
    /// <returns><see langword="true"/> for the association denials.</returns>
    public bool DependsOnTheRecord() =>
        DenialReason is DenialReason.NotAssignedToClient or DenialReason.NotAssignedToVendor or DenialReason.NotNamedUser;

    /// <inheritdoc />
    public bool Equals(AuthorizationDecision other) =>
        Equals(Permit, other.Permit) && Equals(Forbid, other.Forbid) && DenialReason == other.DenialReason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AuthorizationDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Permit, Forbid, DenialReason);

    /// <inheritdoc />
    public override string ToString() => IsAllowed ? $"allowed by {Reason}" : $"denied: {Reason}";

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AuthorizationDecision left, AuthorizationDecision right) => left.Equals(right);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AuthorizationDecision left, AuthorizationDecision right) => !left.Equals(right);
}
