using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>What the model expects of one step: success, or the halt code with the fields it names (or the denial reason).</summary>
internal sealed record Expected(HaltCode? Code, IReadOnlySet<string> Fields, IReadOnlySet<DenialReason>? Denials = null)
{
    public static Expected Success { get; } = new(null, new HashSet<string>());

    public static Expected Halt(HaltCode code, params string[] fields) => new(code, fields.ToHashSet());

    public static Expected Denied(params DenialReason[] reasons) => new(HaltCode.Unauthorized, new HashSet<string>(), reasons.ToHashSet());

    public override string ToString() => Code switch
    {
        null => "succeeded",
        HaltCode.Unauthorized => $"unauthorized ({string.Join(" or ", (Denials ?? new HashSet<DenialReason>()).Select(d => d.ToWireName()))})",
        _ => $"{Code.Value.ToWireName()} [{string.Join(", ", Fields.Order())}]",
    };
}
