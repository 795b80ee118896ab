using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Differential;

/// <summary>The reference's answer: allowed, or denied with the reasons that may be given (several when several forbids hold).</summary>
internal sealed record ReferenceVerdict(bool Allowed, IReadOnlySet<DenialReason> Reasons)
{
    public static ReferenceVerdict Allow { get; } = new(true, new HashSet<DenialReason>());

    public static ReferenceVerdict Deny(params DenialReason[] reasons) => new(false, reasons.ToHashSet());

    public override string ToString() => Allowed ? "allowed" : $"denied: {string.Join(" or ", Reasons.Select(r => r.ToWireName()))}";
}
