using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>What the model expects of one step: success, or the halt code with the fields it names (or the denial reason).</summary>
internal sealed record Expected(HaltCode? Code, IReadOnlySet<string> Fields, DenialReason Denial = DenialReason.None)
{
    public static Expected Success { get; } = new(null, new HashSet<string>());

    public static Expected Halt(HaltCode code, params string[] fields) => new(code, fields.ToHashSet());

    public static Expected Denied(DenialReason reason) => new(HaltCode.Unauthorized, new HashSet<string>(), reason);

    public override string ToString() => Code switch
    {
        null => "succeeded",
        HaltCode.Unauthorized => $"unauthorized ({Denial.ToWireName()})",
        _ => $"{Code.Value.ToWireName()} [{string.Join(", ", Fields.Order())}]",
    };
}
